import type { Pack } from '../pack';
import type { Severity } from '../types';

/**
 * A phrase family: regex sources written against a normalised view (lower case, simplified
 * Chinese, half-width; in the zh view all spaces/punctuation are gone, in the en view they are a
 * single space). Each family maps to one rule per pack; a pack without an entry skips the family.
 */
export interface PhraseFamily {
  id: string;
  view: 'zh' | 'en';
  rules: Partial<Record<Pack, string>>;
  messageKey: string;
  patterns: string[];
  /**
   * What the few characters before a match change. 'skip' for negations ("请勿转入个人账户" is
   * advice, not a request); a severity for mentions that are not claims (see authority family).
   */
  before?: { pattern: string; action: 'skip' | { severity: Severity; messageKey: string } };
}
