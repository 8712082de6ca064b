import { checkTemplate, type Hint, type Pack } from '../../../shared/compliance';

// Phrase-family hits only: the required-facts and creditor checks are tested on their own.
const STRUCTURAL = new Set(['CN-R1', 'CN-04', 'US-03']);

export function phraseHints(text: string, pack: Pack = 'cn'): Hint[] {
  return checkTemplate(text, { pack, settings: { lateFee: 'x', paymentLink: 'x' } }).filter((h) => !STRUCTURAL.has(h.rule));
}

/** [rule, severity, exact original text under the span] for compact assertions. */
export const summary = (text: string, pack: Pack = 'cn'): [string, string, string][] =>
  phraseHints(text, pack).map((h) => [h.rule, h.severity, text.slice(h.start, h.end)]);
