import { makeHint } from './hint';
import type { Stage } from './pack';
import type { Connector, Hint } from './types';

const NO_DEBT_CONTENT = new Set(['aliyun', 'tencent', 'huawei']);
const NO_SYMBOLS = new Set(['tencent', 'huawei']);
const FORBIDDEN_SYMBOLS = /[【】¥￥★※√]/gu;
const NAMES: Record<string, string> = { aliyun: '阿里云 Aliyun', tencent: '腾讯云 Tencent Cloud', huawei: '华为云 Huawei Cloud' };

/** CN-13 / CN-14: what the Chinese cloud SMS providers refuse in their templates. */
export function providerHints(text: string, connector: Connector | undefined, stage: Stage | undefined): Hint[] {
  if (!connector) return [];
  const name = NAMES[connector] ?? connector;
  const hints: Hint[] = [];
  // Any stage but a payment confirmation is a debt reminder.
  if (NO_DEBT_CONTENT.has(connector) && stage !== 'confirmation') {
    hints.push(makeHint('CN-13', 'provider_debt', 0, 0, { connector: name }));
  }
  if (NO_SYMBOLS.has(connector)) {
    // The leading 【signature】 is the provider's own signature slot, not body text.
    const signature = /^\s*【[^】]*】/u.exec(text);
    const bodyStart = signature ? signature[0].length : 0;
    FORBIDDEN_SYMBOLS.lastIndex = bodyStart;
    for (let m = FORBIDDEN_SYMBOLS.exec(text); m; m = FORBIDDEN_SYMBOLS.exec(text)) {
      hints.push(makeHint('CN-14', 'provider_symbol', m.index, m.index + m[0].length, { connector: name, phrase: m[0] }));
    }
  }
  return hints;
}
