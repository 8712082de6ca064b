import { describe, expect, it } from 'vitest';
import { analyzeSms, splitSms } from '../../../shared/sms/analyze';

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
