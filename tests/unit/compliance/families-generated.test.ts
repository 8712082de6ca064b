import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../shared/compliance';
import { EN_FAMILIES } from '../../../shared/compliance/phrases/en';
import { ZH_FAMILIES } from '../../../shared/compliance/phrases/zh';
import { summary } from './helpers';

// Every plain-word pattern of every family must match on its own, and (Chinese) when its
// characters are split by spaces, dots or full-width spaces — as compliance.md requires.
const zhLiterals = ZH_FAMILIES.flatMap((f) =>
  f.rules.cn ? f.patterns.filter((p) => /^\p{Script=Han}+$/u.test(p)).map((p) => [p, f.rules.cn!] as const) : [],
);
const enLiterals = EN_FAMILIES.flatMap((f) =>
  f.rules.us ? f.patterns.filter((p) => /^[a-z ]+$/.test(p)).map((p) => [p, f.rules.us!] as const) : [],
);

describe('every literal phrase matches', () => {
  it('has a corpus to test', () => {
    expect(zhLiterals.length).toBeGreaterThan(60);
    expect(enLiterals.length).toBeGreaterThan(25);
  });

  it.each(zhLiterals)('zh “%s” → %s, also split by separators', (phrase, rule) => {
    for (const sep of ['', ' ', '.', '\u3000', '*']) {
      const text = `好的，${[...phrase].join(sep)}。`;
      const words = text.slice(3, text.length - 1);
      expect(summary(text), text).toContainEqual([rule, expect.any(String), words]);
    }
  });

  it.each(enLiterals)('en “%s” → %s, in any case', (phrase, rule) => {
    const text = `Note: ${phrase.toUpperCase()}.`;
    expect(summary(text, 'us')).toContainEqual([rule, 'block', phrase.toUpperCase()]);
  });
});

// Random texts built from phrase fragments, separators, emoji and full-width letters: spans must
// always be inside the text and never cut a surrogate pair.
describe('span invariants on random text', () => {
  it('keeps every span inside the text and on code-point boundaries', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = ['公安', '坐', '牢', ' ', '😀', 'ＰＯＬＩＣＥ', '{{amount_due}}', '{{bad}}', '黑名单', '通知你家人', 'jail', '，', '6222021234567890128', '後果自負'];
    for (let i = 0; i < 500; i++) {
      let text = '';
      const n = 1 + Math.floor(next() * 12);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
      for (const pack of ['cn', 'us', 'uk'] as const) {
        for (const h of checkTemplate(text, { pack })) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeGreaterThanOrEqual(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          for (const at of [h.start, h.end]) {
            const code = text.charCodeAt(at);
            expect(code >= 0xdc00 && code <= 0xdfff, `${text} @${at}`).toBe(false);
          }
        }
      }
    }
  });
});
