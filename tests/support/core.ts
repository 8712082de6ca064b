import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../shared/api';
import { clockStartingAt } from '../../electron/core/clock';
import { Core } from '../../electron/core/core';

/** Opens a Core on a new ledger file in `dir`, with the clock starting at `now`. */
export async function openTestCore(dir: string, now = '2026-11-30T10:00:00+08:00'): Promise<Core> {
  return Core.open({ dbPath: join(dir, 'ledger.db'), appDataDir: dir, host: 'cli', clock: clockStartingAt(new Date(now)) });
}

/** Calls a contract method and returns its value, throwing the error code if it failed. */
export async function must<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const res = await core.call(method, input, 'en');
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as Output<M>;
}

export async function failure(core: Core, method: MethodName, input: unknown, lang: 'en' | 'zh-CN' = 'en') {
  const res = await core.call(method, input, lang);
  if (res.ok) throw new Error(`${method} unexpectedly succeeded`);
  return res.error;
}
