import { makeHint } from './hint';
import type { Views } from './normalize';
import { spanOf } from './normalize';
import type { Hint, Severity } from './types';

// Long digit runs (groups separated by a space or hyphen allowed), optionally ending in X (ID cards).
const DIGIT_RUN = /(?<![0-9a-z])[0-9](?:[ -]?[0-9]){14,18}(?:[ -]?x)?(?![0-9a-z])/gu;
const ID_CONTEXT = /(?:身份证|证件)(?:号码?)?[^0-9]{0,4}$/u;
const CARD_CONTEXT = /(?:卡号|银行卡|账号|card)[^0-9]{0,4}$/u;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/** GB 11643 checksum plus a plausible birth date, so ordinary 18-digit numbers are not taken for IDs. */
export function isChineseIdNumber(digits: string): boolean {
  if (!/^[1-9][0-9]{16}[0-9x]$/.test(digits)) return false;
  const month = Number(digits.slice(10, 12));
  const day = Number(digits.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return ID_CHECK[sum % 11] === digits[17];
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** CN-11: ID-card numbers and full bank card numbers (a checksum or a label in front is needed). */
export function findPersonalNumbers(views: Views, rule: string, severity?: Severity): Hint[] {
  const view = views.light;
  const hints: Hint[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(view.text); m; m = DIGIT_RUN.exec(view.text)) {
    const digits = m[0].replace(/[ -]/g, '');
    const before = view.text.slice(Math.max(0, m.index - 10), m.index);
    const { start, end } = spanOf(view, m.index, m.index + m[0].length);
    const isId = digits.length === 18 && (isChineseIdNumber(digits) || ID_CONTEXT.test(before));
    if (isId) {
      hints.push(makeHint(rule, 'id_number', start, end, {}, severity));
    } else if (/^[0-9]{16,19}$/.test(digits) && (passesLuhn(digits) || CARD_CONTEXT.test(before))) {
      hints.push(makeHint(rule, 'bank_card', start, end, {}, severity));
    }
  }
  return hints;
}
