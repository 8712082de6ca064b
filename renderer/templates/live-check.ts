import { checkTemplate, type Hint, type Pack, type Severity, type Stage, worstSeverity } from '../../shared/compliance';
import type { Lang } from '../../shared/i18n/errors';
import type { Settings } from '../../shared/settings';
import { analyzeSms, type SmsAnalysis, suggestGsmReplacements } from '../../shared/sms';
import { type PlaceholderName, type RenderContext, renderTemplate, sampleContext } from '../../shared/template';

// Runs on every keystroke in the renderer (shared/ is pure): the server is only asked to save
// and to preview for a real customer.

export interface LiveCheckInput {
  body: string;
  stage: Stage;
  language: Lang;
  settings: Settings;
}

export interface Ucs2Char {
  char: string;
  replacement: string | null;
}

// CJK and full-width text is UCS-2 by nature; listing every such character would only be noise.
const isCjk = (char: string): boolean => (char.codePointAt(0) ?? 0) >= 0x2e80;

export interface LiveCheck {
  hints: Hint[];
  worst: Severity | null;
  /** The length of the message as a sample customer would get it, or null when it cannot be rendered. */
  sms: (SmsAnalysis & { characters: number; costCents: number }) | null;
  /** Distinct characters that forced UCS-2, each with its GSM-7 stand-in if there is one (CJK left out). */
  ucs2: Ucs2Char[];
  /** The text has Chinese (or other CJK) characters, so it is UCS-2 whatever else it holds. */
  cjk: boolean;
  missing: PlaceholderName[];
}

/** The sample customer, with the business's own name, phone and signature where they are set. */
function sampleFor(language: Lang, s: Settings): RenderContext {
  const base = sampleContext(language);
  return {
    ...base,
    currency: s.currency,
    business: {
      name: s['business.name'] || base.business.name,
      phone: s['business.phone'] || base.business.phone,
      signature: s['business.signature'],
    },
    lateFee: s['lateFee.text'] || base.lateFee,
    paymentLink: s['payment.link'] || base.paymentLink,
  };
}

export function liveCheck({ body, stage, language, settings }: LiveCheckInput): LiveCheck {
  const pack: Pack = settings.pack;
  const hints = checkTemplate(body, {
    pack,
    stage,
    settings: {
      signature: settings['business.signature'],
      businessName: settings['business.name'],
      lateFee: settings['lateFee.text'],
      paymentLink: settings['payment.link'],
    },
  });
  const rendered = renderTemplate(body, sampleFor(language, settings), language, pack);
  if (!rendered.ok) return { hints, worst: worstSeverity(hints), sms: null, ucs2: [], cjk: false, missing: rendered.missing };
  const text = rendered.text;
  const a = analyzeSms(text);
  const replacements = new Map(suggestGsmReplacements(text).map((s) => [s.char, s.replacement]));
  const seen = new Set<string>();
  const ucs2: Ucs2Char[] = [];
  let cjk = false;
  for (const { char } of a.ucs2Chars) {
    const replacement = replacements.get(char);
    if (isCjk(char) && replacement === undefined) cjk = true;
    if (seen.has(char) || (isCjk(char) && replacement === undefined)) continue;
    seen.add(char);
    ucs2.push({ char, replacement: replacement ?? null });
  }
  return {
    hints,
    worst: worstSeverity(hints),
    sms: { ...a, characters: [...text].length, costCents: a.parts * settings['sms.pricePerPartCents'] },
    ucs2,
    cjk,
    missing: [],
  };
}

export interface Segment {
  text: string;
  start: number;
  severity: Severity | null;
}

const RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

/**
 * Cuts the text into runs by the most serious hint covering each character, for the underline
 * layer. Hints about something missing (0/0) cover nothing.
 */
export function segments(text: string, hints: readonly Pick<Hint, 'start' | 'end' | 'severity'>[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const h of hints) {
    if (h.end <= h.start) continue;
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    let severity: Severity | null = null;
    for (const h of hints) {
      if (h.start <= start && h.end >= end && h.end > h.start && (!severity || RANK[h.severity] > RANK[severity])) severity = h.severity;
    }
    const prev = out[out.length - 1];
    if (prev && prev.severity === severity) prev.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, severity });
  }
  return out;
}
