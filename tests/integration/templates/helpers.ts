import type { Input, MethodName, Output } from '../../../shared/api';
import type { Core } from '../../../electron/core/core';

/** Like `must`, in a chosen caller language (hint messages are translated per call). */
export async function mustIn<M extends MethodName>(core: Core, lang: 'zh-CN' | 'en', method: M, input: Input<M>): Promise<Output<M>> {
  const res = await core.call(method, input, lang);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as Output<M>;
}
