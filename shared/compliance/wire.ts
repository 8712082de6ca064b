import type { Lang } from '../i18n/errors';
import type { Hint } from './types';

/** A hint as it crosses a boundary: its message in the caller's language (CLI `check`, the API). */
export interface WireHintShape {
  rule: string;
  severity: Hint['severity'];
  start: number;
  end: number;
  message: string;
  source: string;
}

export const toWireHint = (h: Hint, lang: Lang): WireHintShape => ({
  rule: h.rule,
  severity: h.severity,
  start: h.start,
  end: h.end,
  message: h.message[lang],
  source: h.source,
});
