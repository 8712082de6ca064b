import type { PlaceholderName } from '../template/placeholders';
import { makeHint } from './hint';
import type { Stage } from './pack';
import type { CheckSettings, Hint } from './types';

// Required facts (CN-R1): each is present as a placeholder or as literal text. Literal patterns run
// on the light view (lower case, simplified, half-width), so "感謝" and "THANK YOU" count.
interface Fact {
  key: string;
  placeholders: PlaceholderName[];
  literal: RegExp;
}

const FACTS: Fact[] = [
  {
    key: 'missing_salutation',
    placeholders: ['customer.name'],
    literal: /尊敬的|您好|你好|先生|女士|(?<![a-z])(?:dear|hello|hi|hey)(?![a-z])/u,
  },
  {
    key: 'missing_amount',
    placeholders: ['amount_due'],
    literal: /[0-9][0-9,]*(?:\.[0-9]+)? ?(?:元|块|万元)|[¥$£€] ?[0-9]|(?:rmb|cny|usd|gbp) ?[0-9]|[0-9] ?(?:rmb|cny|usd|gbp)/u,
  },
  {
    key: 'missing_due',
    placeholders: ['days_overdue', 'due_date'],
    literal: /逾期 ?[0-9]+ ?天|[0-9]{1,2} ?月 ?[0-9]{1,2} ?[日号]|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]+ days? (?:overdue|late|past due)|due (?:on|since) [a-z0-9]/u,
  },
  {
    key: 'missing_consequence',
    placeholders: ['late_fee'],
    literal: /滞纳金|违约金|利息|罚息|信用|征信|late (?:fee|charge|payment fee)|interest|credit (?:record|rating|score|file)/u,
  },
  {
    key: 'missing_contact',
    placeholders: ['business.phone'],
    literal: /(?<![0-9])\+?[0-9][0-9 -]{5,}[0-9](?![0-9])|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]|https?:\/\/|www\./u,
  },
  {
    key: 'missing_closing',
    placeholders: [],
    literal: /感谢|谢谢|多谢|此致|祝您|(?<![a-z])(?:thank|thanks|regards|sincerely|appreciate)/u,
  },
];

// A payment confirmation needs no amount, deadline or consequence: only courtesy.
const CONFIRMATION_FACTS = new Set(['missing_salutation', 'missing_closing']);

export function missingFacts(light: string, used: ReadonlySet<PlaceholderName>, stage: Stage | undefined): Hint[] {
  const hints: Hint[] = [];
  for (const fact of FACTS) {
    if (stage === 'confirmation' && !CONFIRMATION_FACTS.has(fact.key)) continue;
    if (fact.placeholders.some((p) => used.has(p)) || fact.literal.test(light)) continue;
    hints.push(makeHint('CN-R1', fact.key, 0, 0, { fact: fact.key.replace('missing_', '') }));
  }
  return hints;
}

/** CN-04: the creditor is named by placeholder, a 【signature】 in the text, the signature setting, or the business name. */
export function creditorNamed(text: string, used: ReadonlySet<PlaceholderName>, settings: CheckSettings | undefined): boolean {
  if (used.has('business.name')) return true;
  if (/【[^】\s]+】/u.test(text)) return true;
  if (settings?.signature?.trim()) return true;
  const name = settings?.businessName?.trim();
  return Boolean(name && text.includes(name));
}

const OPT_OUT = [
  /(?<![a-z])(?:reply|text|send|respond)(?: with)? ?["'“‘]?stop(?![a-z])/u,
  /(?<![a-z])stop["'”’]? to (?:opt[- ]?out|unsubscribe|cancel|end|quit)/u,
  /(?<![a-z])(?:opt[- ]?out|unsubscribe)[^.]{0,20}(?:reply|text)/u,
];

/** US-03: a clear opt-out instruction. */
export const hasOptOut = (light: string): boolean => OPT_OUT.some((re) => re.test(light));
