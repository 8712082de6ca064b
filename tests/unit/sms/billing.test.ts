import { describe, expect, it } from 'vitest';
import { cnBillingParts } from '../../../shared/sms';

describe('cnBillingParts', () => {
  it('counts every character as one, whatever its width or encoding', () => {
    expect(cnBillingParts('【好运】abcＡＢ😀')).toEqual({ chars: 10, parts: 1 });
    expect(cnBillingParts('a'.repeat(70))).toEqual({ chars: 70, parts: 1 });
    expect(cnBillingParts('a'.repeat(71))).toEqual({ chars: 71, parts: 2 });
    expect(cnBillingParts('中'.repeat(134))).toEqual({ chars: 134, parts: 2 });
    expect(cnBillingParts('中'.repeat(135))).toEqual({ chars: 135, parts: 3 });
  });
});
