import type { WireHint } from '../../shared/contract/templates';
import { checkMessage, checkTemplate, type CheckSettings, type Hint, type Pack, type Stage, worstSeverity } from '../../shared/compliance';
import type { Lang } from '../../shared/i18n/errors';
import type { Settings } from '../../shared/settings';

/** The settings the template checks read (a late-fee placeholder with an empty setting is flagged). */
export const checkSettingsFrom = (s: Settings): CheckSettings => ({
  signature: s['business.signature'],
  businessName: s['business.name'],
  lateFee: s['lateFee.text'],
  paymentLink: s['payment.link'],
});

/** Flattens a hint for the wire: the message in the caller's language only. */
export function toWireHint(h: Hint, lang: Lang): WireHint {
  const out: WireHint = { rule: h.rule, severity: h.severity, start: h.start, end: h.end, message: h.message[lang], source: h.source };
  if (h.params) out.params = h.params;
  return out;
}

export interface CheckedText {
  hints: WireHint[];
  worst: ReturnType<typeof worstSeverity>;
}

const wire = (hints: Hint[], lang: Lang): CheckedText => ({ hints: hints.map((h) => toWireHint(h, lang)), worst: worstSeverity(hints) });

export function checkTemplateText(text: string, pack: Pack, stage: Stage | undefined, settings: Settings, lang: Lang): CheckedText {
  return wire(checkTemplate(text, { pack, stage, settings: checkSettingsFrom(settings) }), lang);
}

export function checkMessageText(text: string, pack: Pack, lang: Lang): CheckedText {
  return wire(checkMessage(text, { pack }), lang);
}
