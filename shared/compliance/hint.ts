import { HINT_MESSAGES } from './messages';
import { ruleMeta } from './rules';
import type { Hint, Localized, Severity } from './types';

const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{\{([\w.]+)\}\}/g, (whole, key: string) => (params[key] === undefined ? whole : String(params[key])));

/** Builds a hint with both translations filled in and the rule's source. */
export function makeHint(
  rule: string,
  messageKey: string,
  start: number,
  end: number,
  params: Record<string, string | number> = {},
  severity?: Severity,
): Hint {
  const meta = ruleMeta(rule);
  const template: Localized = HINT_MESSAGES[messageKey] ?? { 'zh-CN': messageKey, en: messageKey };
  const hint: Hint = {
    rule,
    severity: severity ?? meta.severity,
    start,
    end,
    messageKey,
    message: { 'zh-CN': fill(template['zh-CN'], params), en: fill(template.en, params) },
    source: meta.source,
  };
  if (Object.keys(params).length > 0) hint.params = params;
  return hint;
}

const RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

/** The most serious severity among the hints, or null when there are none. */
export function worstSeverity(hints: readonly Hint[]): Severity | null {
  let worst: Severity | null = null;
  for (const h of hints) if (!worst || RANK[h.severity] > RANK[worst]) worst = h.severity;
  return worst;
}

/** Stable order for display: by position, then most serious first. */
export const sortHints = (hints: Hint[]): Hint[] =>
  hints.sort((a, b) => a.start - b.start || RANK[b.severity] - RANK[a.severity] || a.rule.localeCompare(b.rule));

/** Applies per-rule severity settings: a changed severity, or 'off' to drop the rule's hints. */
export function applySeverities(hints: Hint[], severities: Record<string, Severity | 'off'> | undefined): Hint[] {
  if (!severities) return hints;
  return hints.flatMap((h) => {
    const setting = severities[h.rule];
    if (setting === undefined) return [h];
    return setting === 'off' ? [] : [{ ...h, severity: setting }];
  });
}
