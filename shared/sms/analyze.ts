import { GSM_BASIC, GSM_EXTENSION, gsmCost } from './gsm';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsAnalysis {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  parts: number;
  /** Capacity of one part at this length: single-part limit, or the concatenated limit. */
  perPart: number;
  /** Characters that forced UCS-2, with their UTF-16 index in the text. */
  ucs2Chars: { char: string; index: number }[];
}

/** Concatenation (8-bit reference UDH) leaves 153 septets / 67 UCS-2 units per part. */
export const LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const;

/** The UDH sequence number is one octet, so a message can never have more than 255 parts. */
export const MAX_PARTS = 255;

interface Unit {
  text: string;
  index: number;
  cost: number;
}

// One regular expression finds every character outside the GSM-7 tables (much faster than a
// per-character lookup on long Chinese texts).
const escapeForClass = (chars: string) => chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
const NON_GSM = new RegExp(`[^${escapeForClass([...GSM_BASIC, ...GSM_EXTENSION].join(''))}]`, 'gu');

function nonGsmChars(text: string): { char: string; index: number }[] {
  const found: { char: string; index: number }[] = [];
  for (const m of text.matchAll(NON_GSM)) found.push({ char: m[0], index: m.index });
  return found;
}

/** Atomic pieces: an escape pair or a surrogate pair is one unit, so it is never split. */
function units(text: string, encoding: SmsEncoding): Unit[] {
  const out: Unit[] = [];
  let index = 0;
  for (const char of text) {
    out.push({ text: char, index, cost: encoding === 'GSM-7' ? gsmCost(char) : char.length });
    index += char.length;
  }
  return out;
}

function packParts(list: Unit[], encoding: SmsEncoding): string[] {
  const total = list.reduce((sum, u) => sum + u.cost, 0);
  const limits = LIMITS[encoding];
  if (total <= limits.single) return [list.map((u) => u.text).join('')];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const u of list) {
    if (used + u.cost > limits.multi) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += u.text;
    used += u.cost;
  }
  parts.push(current);
  return parts;
}

/**
 * Counts parts the way packParts splits them, without building the pieces: the planner analyses
 * every message of a 100,000-customer plan, so this stays a plain loop.
 */
function countParts(text: string, encoding: SmsEncoding): { units: number; parts: number } {
  const limits = LIMITS[encoding];
  let total = 0;
  let parts = 1;
  let used = 0;
  for (const char of text) {
    const cost = encoding === 'GSM-7' ? gsmCost(char) : char.length;
    total += cost;
    if (used + cost > limits.multi) {
      parts++;
      used = 0;
    }
    used += cost;
  }
  return { units: total, parts: total <= limits.single ? 1 : parts };
}

const ANY_NON_GSM = new RegExp(NON_GSM.source, 'u');

/** Encoding and parts only — what the planner needs for every message, without listing characters. */
export function countSms(text: string): Omit<SmsAnalysis, 'ucs2Chars'> {
  const encoding: SmsEncoding = ANY_NON_GSM.test(text) ? 'UCS-2' : 'GSM-7';
  const { units: total, parts } = countParts(text, encoding);
  const limits = LIMITS[encoding];
  return { encoding, units: total, parts, perPart: parts > 1 ? limits.multi : limits.single };
}

/** Everything the editor shows, including which characters forced UCS-2. */
export function analyzeSms(text: string): SmsAnalysis {
  return { ...countSms(text), ucs2Chars: nonGsmChars(text) };
}

/**
 * The text of each part as it goes on air. Returns the parts even beyond MAX_PARTS: the caller
 * (compliance check SMS-02, the PDU encoder) decides to refuse, so nothing is silently truncated.
 */
export function splitSms(text: string): string[] {
  const encoding: SmsEncoding = ANY_NON_GSM.test(text) ? 'UCS-2' : 'GSM-7';
  return packParts(units(text, encoding), encoding);
}
