import { describe, expect, it } from 'vitest';
import { MASK, normalize, spanOf } from '../../../shared/compliance/normalize';

describe('normalize', () => {
  it('folds full-width, traditional and case, and drops separators in the zh view', () => {
    const v = normalize('ＡＢ 後果．自負!');
    expect(v.zh.text).toBe('ab后果自负');
    expect(v.en.text).toBe('ab 后果 自负 ');
    expect(v.light.text).toBe('ab 后果.自负!');
  });

  it('maps every view character back to its original span', () => {
    // 𠀀 is a CJK letter outside the BMP (two UTF-16 units); emoji are symbols and drop out.
    const text = '𠀀起 诉X😀';
    const v = normalize(text);
    expect(v.zh.text).toBe('𠀀起诉x');
    const at = v.zh.text.indexOf('起诉');
    expect(spanOf(v.zh, at, at + 2)).toEqual({ start: 2, end: 5 });
    expect(text.slice(2, 5)).toBe('起 诉');
  });

  it('turns masked ranges into one hard boundary character', () => {
    const v = normalize('公{{x}}安', [{ start: 1, end: 6 }]);
    expect(v.zh.text).toBe(`公${MASK}安`);
    expect(spanOf(v.zh, 1, 2)).toEqual({ start: 1, end: 6 });
  });
});
