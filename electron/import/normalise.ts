// Pure normalisers for one cell each: amounts, dates, phones and names. Row-level rules live in
// rows.ts; these never throw and never look at more than the text they are given.
import { checkPhone, type PhoneCheck } from '../../shared/phone';

export { type AmountResult, parseAmount } from './amount';
export { excelSerialToIso, inferDayFirst, parseDate } from './date';

/** Trimmed, inner whitespace collapsed; '' stays ''. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** What identifies a customer without a code: NFKC, lower case, no whitespace. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const SEPARATORS = /[,，;；/、|\n]+/;

/**
 * A phone cell → shared/phone's verdict. A cell may hold several numbers ("138… / 0755-…"):
 * the first mobile wins; otherwise the verdict on the first number.
 */
export function normalisePhone(raw: string): PhoneCheck {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return checkPhone(null);
  const parts = text.split(SEPARATORS).filter((p) => p.trim() !== '');
  const verdicts = parts.map((p) => checkPhone(p));
  return verdicts.find((v) => v.kind === 'mobile') ?? verdicts[0] ?? checkPhone(text);
}
