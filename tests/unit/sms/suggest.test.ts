import { describe, expect, it } from 'vitest';
import { analyzeSms, suggestGsmReplacements, toGsmFriendly } from '../../../shared/sms';

describe('suggestGsmReplacements', () => {
  it('suggests straight quotes, dots, hyphen and space for common look-alikes', () => {
    const text = 'It\u2019s \u201cdue\u201d\u2026 now \u2013 pay\u00a0today';
    expect(suggestGsmReplacements(text).map((s) => [s.char, s.replacement])).toEqual([
      ['\u2019', "'"],
      ['\u201c', '"'],
      ['\u201d', '"'],
      ['\u2026', '...'],
      ['\u2013', '-'],
      ['\u00a0', ' '],
    ]);
    expect(suggestGsmReplacements(text)[0]?.index).toBe(2);
    const fixed = toGsmFriendly(text);
    expect(fixed).toBe('It\'s "due"... now - pay today');
    expect(analyzeSms(fixed).encoding).toBe('GSM-7');
  });

  it('has nothing to suggest for Chinese or plain GSM text', () => {
    expect(suggestGsmReplacements('您好 hello')).toEqual([]);
  });
});
