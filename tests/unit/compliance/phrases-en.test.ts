import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../shared/compliance';
import { summary } from './helpers';

// [text, pack, rule, exact words]
const MUST_FLAG: [string, Pack, string, string][] = [
  ['You will be arrested if you do not pay', 'us', 'US-08', 'arrested'],
  ['We will call the POLICE', 'us', 'US-08', 'POLICE'],
  ['Pay or go to jail.', 'uk', 'UK-05', 'jail'],
  ['We will garnish your wages', 'us', 'US-08', 'garnish your wages'],
  ['Bailiffs will visit on Monday', 'uk', 'UK-05', 'Bailiffs'],
  ['This matter is now with the court', 'uk', 'UK-05', 'court'],
  ['Our attorney will contact you', 'us', 'US-08', 'attorney'],
  ['We will tell your employer', 'uk', 'UK-03', 'tell your employer'],
  ['We will contact your family', 'us', 'US-08', 'contact your family'],
  ['You will be blacklisted', 'us', 'US-08', 'blacklisted'],
  ['We will ruin your credit', 'uk', 'UK-05', 'ruin your credit'],
  ['Pay up, you deadbeat', 'us', 'US-08', 'deadbeat'],
  ['Missed delivery: click here', 'uk', 'UK-04', 'Missed delivery'],
  ['Urgent legal matter, call now', 'us', 'US-08', 'Urgent legal matter'],
  ['Get 20% off with promo code X', 'uk', 'GDPR', '20% off'],
  ['Call the p-o-l-i-c-e? no: police!', 'us', 'US-08', 'police'],
];

const MUST_PASS: [string, Pack][] = [
  ['This is a courtesy reminder from Lucky Hardware.', 'us'],
  ['Late payment may affect your credit record.', 'uk'],
  ['If you need more time, we can offer a payment plan.', 'uk'],
  ['Thank you for your business.', 'us'],
  ['Please call us on 020 7946 0000.', 'uk'],
  ['We appreciate your prompt attention.', 'us'],
  ['The first invoice is overdue.', 'us'],
];

describe('English phrase families', () => {
  it.each(MUST_FLAG)('flags “%s” under %s as %s on “%s”', (text, pack, rule, words) => {
    expect(summary(text, pack)).toContainEqual([rule, rule === 'GDPR' ? 'warn' : 'block', words]);
  });

  it.each(MUST_PASS)('does not flag “%s” under %s', (text, pack) => {
    expect(summary(text, pack)).toEqual([]);
  });

  it('maps one family to each pack’s own rule', () => {
    const text = 'We will call the police';
    expect(summary(text, 'cn')[0]?.[0]).toBe('CN-06');
    expect(summary(text, 'us')[0]?.[0]).toBe('US-08');
    expect(summary(text, 'uk')[0]?.[0]).toBe('UK-05');
  });

  it('skips families a pack does not have (lures are not a cn rule)', () => {
    expect(summary('Missed delivery', 'cn')).toEqual([]);
  });
});
