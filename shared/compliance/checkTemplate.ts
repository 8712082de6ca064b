import { parseTemplate } from '../template/parse';
import type { PlaceholderName } from '../template/placeholders';
import { creditorNamed, hasOptOut, missingFacts } from './facts';
import { applySeverities, makeHint, sortHints } from './hint';
import { matchPhrases } from './matcher';
import { normalize } from './normalize';
import { findPersonalNumbers } from './privacy';
import { providerHints } from './provider';
import type { CheckOptions, Hint } from './types';

const SETTING_FOR: Partial<Record<PlaceholderName, 'lateFee' | 'paymentLink'>> = { late_fee: 'lateFee', payment_link: 'paymentLink' };

/** Template-level checks (while editing): syntax, required facts, forbidden language, privacy, provider rules. */
export function checkTemplate(text: string, options: CheckOptions): Hint[] {
  const { pack, stage, connector, settings } = options;
  const parsed = parseTemplate(text);
  const hints: Hint[] = [];

  for (const e of parsed.errors) {
    const phrase = text.slice(e.start, e.end);
    hints.push(makeHint('TPL-00', e.code, e.start, e.end, e.name === undefined ? { phrase } : { phrase, name: e.name }));
  }
  const used = new Set(parsed.placeholders.map((p) => p.name));
  for (const p of parsed.placeholders) {
    const key = SETTING_FOR[p.name];
    if (key && !settings?.[key]?.trim()) hints.push(makeHint('TPL-01', 'setting_empty', p.start, p.end, { placeholder: `{{${p.name}}}` }));
  }

  // Placeholders and bad {{…}} become hard boundaries, so "公{{x}}安" cannot read as 公安.
  const masks = [...parsed.placeholders, ...parsed.errors.filter((e) => e.code === 'unknown_placeholder')].sort((a, b) => a.start - b.start);
  const views = normalize(text, masks);
  hints.push(...matchPhrases(text, views, pack));

  if (pack === 'cn') {
    hints.push(...findPersonalNumbers(views, 'CN-11'));
    if (!creditorNamed(text, used, settings)) hints.push(makeHint('CN-04', 'creditor_not_named', 0, 0));
    hints.push(...missingFacts(views.light.text, used, stage));
  } else if (pack === 'uk') {
    // GDPR data minimisation: a full ID or card number is never needed, so this one blocks.
    hints.push(...findPersonalNumbers(views, 'GDPR', 'block'));
  }
  if (pack === 'us' && !hasOptOut(views.light.text)) hints.push(makeHint('US-03', 'no_opt_out', 0, 0));
  hints.push(...providerHints(text, connector, stage));
  return sortHints(applySeverities(hints, options.severities));
}
