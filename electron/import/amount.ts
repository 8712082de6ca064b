// Money text as ledgers write it → integer cents, exactly (string surgery, never float maths).
//
// Rules (documented for bookkeepers and tests):
// - Currency marks (¥ ￥ $ € £ 元 RMB CNY 人民币), spaces and full-width characters are ignored.
// - A leading/trailing minus or (parentheses) means negative.
// - Both '.' and ',' present: the LAST one is the decimal mark ("1,234.50", "1.234,50").
// - Only ',': one comma followed by 1–2 digits is a decimal comma ("1 234,50"); otherwise commas
//   group thousands and every group must have 3 digits ("1,234,567").
// - Only '.': one dot is always the decimal point — "12.345" is read as twelve point three four
//   five, which has more than 2 decimals and is therefore rejected rather than guessed; several
//   dots group thousands ("1.234.567").
// - More than 2 decimals are rejected unless the extra digits are zeros: money is never rounded
//   silently.
// - A lone dash ("-", "—") is how accounting formats show zero: it reads as 0.
import { parseDecimalToCents } from '../../shared/money';

export type AmountResult = { ok: true; cents: number } | { ok: false };

const CURRENCY = /(人民币|RMB|CNY|USD|EUR|GBP|CN¥|US\$|[¥$€£元圆])/gi;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000']/g;

/** What most cells hold ("1234.5"): read directly, with exactly the result the general path gives. */
const PLAIN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

export function parseAmount(text: string): AmountResult {
  const simple = PLAIN.exec(text);
  if (simple) return { ok: true, cents: Number(simple[1]) * 100 + Number((simple[2] ?? '').padEnd(2, '0')) };
  let s = text.normalize('NFKC').replace(/[\u2212\u2013\u2014\uFE63\uFF0D]/g, '-');
  s = s.replace(CURRENCY, '').replace(SPACES, '');
  if (s === '') return { ok: false };
  if (/^-+$/.test(s)) return { ok: true, cents: 0 };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? '';
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  const plain = toPlainDecimal(s);
  if (plain === null) return { ok: false };
  const cents = parseDecimalToCents(plain);
  if (cents === null) return { ok: false };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** "1.234,50" → "1234.50"; null when the separators don't make a number. */
function toPlainDecimal(s: string): string | null {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let frac = '';
  let group: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (frac.includes(group) || intPart.includes(decimal)) return null;
  } else if (lastComma >= 0) {
    const commas = s.split(',').length - 1;
    const tail = s.slice(lastComma + 1);
    if (commas === 1 && /^\d{1,2}$/.test(tail)) {
      intPart = s.slice(0, lastComma);
      frac = tail;
    } else {
      intPart = s;
      group = ',';
    }
  } else if (lastDot >= 0) {
    const dots = s.split('.').length - 1;
    if (dots === 1) {
      intPart = s.slice(0, lastDot);
      frac = s.slice(lastDot + 1);
    } else {
      intPart = s;
      group = '.';
    }
  } else {
    intPart = s;
  }
  if (group !== null && intPart.includes(group)) {
    const groups = intPart.split(group);
    const [head, ...rest] = groups;
    if (!head || !/^\d{1,3}$/.test(head) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join('');
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  const trimmedFrac = frac.length > 2 ? frac.replace(/0+$/, '').padEnd(2, '0') : frac;
  if (trimmedFrac.length > 2) return null;
  return trimmedFrac === '' ? intPart : `${intPart}.${trimmedFrac}`;
}
