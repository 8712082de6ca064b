import { countSms, MAX_PARTS } from '../sms/analyze';
import { gsmAfterReplacements, suggestGsmReplacements } from '../sms/suggest';
import { applySeverities, makeHint, sortHints } from './hint';
import type { CheckOptions, Hint } from './types';

const LEFTOVER = /\{\{[^{}]*\}\}|\{\{|\}\}/g;
// What a missing value looks like after naive string building.
const EMPTY_VALUE = /(?<![A-Za-z])(?:undefined|null|NaN|\[object Object\])(?![A-Za-z])/g;
const PROVIDER_CAP = 500;

/** Message-level checks on the text exactly as it will be sent (signature included). */
export function checkMessage(text: string, options: Pick<CheckOptions, 'pack'> & Partial<CheckOptions>): Hint[] {
  const hints: Hint[] = [];
  for (const m of text.matchAll(LEFTOVER)) {
    hints.push(makeHint('TPL-02', 'unrendered_placeholder', m.index, m.index + m[0].length, { phrase: m[0] }));
  }
  for (const m of text.matchAll(EMPTY_VALUE)) {
    hints.push(makeHint('TPL-03', 'empty_value', m.index, m.index + m[0].length, { phrase: m[0] }));
  }

  const sms = countSms(text);
  hints.push(makeHint('SMS-00', 'length_info', 0, 0, { encoding: sms.encoding, units: sms.units, parts: sms.parts }));
  if (sms.parts > MAX_PARTS) hints.push(makeHint('SMS-02', 'over_max_parts', 0, 0, { parts: sms.parts }));
  else if (sms.parts > 3) hints.push(makeHint('SMS-01', 'too_many_parts', 0, 0, { parts: sms.parts }));

  // Only worth suggesting when replacing the look-alikes would make the whole text GSM-7.
  // (Checked per forcing character first: any Chinese character ends it at once.)
  if (sms.encoding === 'UCS-2' && gsmAfterReplacements(text)) {
    const suggestions = suggestGsmReplacements(text);
    for (const s of suggestions) {
      hints.push(makeHint('SMS-03', 'gsm_lookalike', s.index, s.index + s.char.length, { phrase: s.char, replacement: s.replacement }));
    }
  }
  if (options.pack === 'cn' && [...text].length > PROVIDER_CAP) hints.push(makeHint('SMS-04', 'provider_length', 0, 0));
  return sortHints(applySeverities(hints, options.severities));
}
