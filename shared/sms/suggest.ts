import { GSM_BASIC, GSM_EXTENSION, gsmCost } from './gsm';

// Look-alikes that silently switch a message to UCS-2 (halving its capacity), with a GSM-7 stand-in.
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\u200b': '',
  '\t': ' ',
  '\u00b4': "'",
  '`': "'",
};

export interface GsmSuggestion {
  char: string;
  index: number;
  replacement: string;
}

/** Whether a character has a GSM-7 stand-in. */
export const hasGsmReplacement = (char: string): boolean => Object.hasOwn(REPLACEMENTS, char);

const classOf = (chars: string) => chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
// A character that is neither GSM-7 nor replaceable by a GSM-7 stand-in (any Chinese, an emoji).
const UNREPLACEABLE = new RegExp(`[^${classOf([GSM_BASIC, GSM_EXTENSION, ...Object.keys(REPLACEMENTS)].join(''))}]`, 'u');

/** True when replacing the look-alikes would make the whole text GSM-7. */
export const gsmAfterReplacements = (text: string): boolean => !UNREPLACEABLE.test(text);

/** One suggestion per replaceable non-GSM character (UTF-16 index into the text). */
export function suggestGsmReplacements(text: string): GsmSuggestion[] {
  const out: GsmSuggestion[] = [];
  let index = 0;
  for (const char of text) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined && gsmCost(char) === 0) out.push({ char, index, replacement });
    index += char.length;
  }
  return out;
}

/** Applies every suggestion; the rest of the text is left as it is. */
export function toGsmFriendly(text: string): string {
  let out = '';
  for (const char of text) out += REPLACEMENTS[char] ?? char;
  return out;
}
