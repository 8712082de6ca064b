import { describe, expect, it } from 'vitest';
import { analyzeSms, countSms, splitSms } from '../../../shared/sms/analyze';
import { gsmAfterReplacements, hasGsmReplacement } from '../../../shared/sms/suggest';

// analyzeSms counts parts without building them; it must agree with splitSms on every text.
describe('part counting agrees with splitting', () => {
  it('on boundary lengths, escapes and surrogate pairs', () => {
    const texts: string[] = [];
    for (const n of [0, 1, 69, 70, 71, 133, 134, 135, 153, 159, 160, 161, 306, 307]) {
      texts.push('a'.repeat(n), '中'.repeat(n), `${'a'.repeat(n)}€`, `${'中'.repeat(n)}😀`, `${'{'.repeat(n)}x`);
    }
    for (let k = 0; k < 300; k++) texts.push(`${'b'.repeat(k % 170)}${k % 3 === 0 ? '😀' : '^'}${'中'.repeat(k % 71)}`);
    for (const t of texts) expect(analyzeSms(t).parts, JSON.stringify(t.slice(0, 20))).toBe(splitSms(t).length);
  });
});

describe('the fast checks agree with the full analysis', () => {
  const pieces = ['a', 'Z', ' ', '€', '^', '中', '文', '😀', '\u201c', '\u201d', '\u2026', '\u00a0', '\u2013', 'é', 'Ç', '\n', '{'];
  const texts: string[] = [];
  for (let k = 0; k < 2000; k++) {
    let t = '';
    for (let i = 0; i < (k % 40) + 1; i++) t += pieces[(k * 7 + i * 13 + (k >> 3)) % pieces.length];
    texts.push(t);
  }
  it('countSms matches analyzeSms on encoding, units and parts', () => {
    for (const t of texts) {
      const { ucs2Chars: _chars, ...full } = analyzeSms(t);
      expect(countSms(t)).toEqual(full);
    }
  });
  it('gsmAfterReplacements is true exactly when every UCS-2-forcing character has a stand-in', () => {
    for (const t of texts) expect(gsmAfterReplacements(t), t).toBe(analyzeSms(t).ucs2Chars.every((c) => hasGsmReplacement(c.char)));
  });
});
