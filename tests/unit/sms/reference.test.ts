import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { analyzeSms, GSM_BASIC, GSM_EXTENSION, gsmCost, splitSms } from '../../../shared/sms';

// Cross-check against an independent implementation (Twilio's segment calculator).
// Known, legitimate difference: it works on grapheme clusters, so it never splits a multi-code-point
// grapheme (ZWJ emoji, flag, base + combining mark) across parts, while we only keep surrogate pairs
// whole (what the network requires). The corpus therefore uses single-code-point characters only.
// Per character the two agree on the whole BMP (incl. U+00C7 Ç at 0x09 and form feed as an escape),
// checked below; CR LF is two characters in both.

// Deterministic PRNG so a failure is reproducible.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const POOLS = [
  [...GSM_BASIC],
  [...GSM_EXTENSION],
  [...'欠款逾期请尽快支付感谢您的配合中文测试'],
  ['😀', '🎉', '💰', '🙏', '📱'],
  ['\u2018', '\u2019', '\u201c', '\u201d', '\u2026', '\u2013', '\u00a0'],
];

function generate(next: () => number, mix: number[]): string {
  const length = Math.floor(next() * 400);
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = next();
    let pool = POOLS[0]!;
    let acc = 0;
    for (let p = 0; p < mix.length; p++) {
      acc += mix[p]!;
      if (r < acc) {
        pool = POOLS[p]!;
        break;
      }
    }
    out += pool[Math.floor(next() * pool.length)];
  }
  return out;
}

describe('analyzeSms against sms-segments-calculator', () => {
  it('agrees on every BMP character: GSM-7 or not, and its cost', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code < 0xe000) continue; // lone surrogates are not characters
      const ch = String.fromCharCode(code);
      const ref = new SegmentedMessage(ch);
      const ours = analyzeSms(ch);
      expect(ours.encoding, `U+${code.toString(16)}`).toBe(ref.encodingName);
      if (ours.encoding === 'GSM-7') expect(gsmCost(ch)).toBe(ref.numberOfCharacters);
    }
  });

  it('agrees on encoding, units and parts for a generated corpus of 3000 strings', () => {
    const next = rng(20261105);
    const mixes = [
      [1, 0, 0, 0, 0],
      [0.9, 0.1, 0, 0, 0],
      [0.6, 0.1, 0.3, 0, 0],
      [0.7, 0.05, 0, 0.25, 0],
      [0.95, 0, 0, 0, 0.05],
      [0.4, 0.2, 0.2, 0.1, 0.1],
    ];
    for (let i = 0; i < 3000; i++) {
      const text = generate(next, mixes[i % mixes.length]!);
      const ref = new SegmentedMessage(text);
      const ours = analyzeSms(text);
      const refUnits = ref.encodingName === 'GSM-7' ? ref.numberOfCharacters : ref.messageSize / 16;
      expect({ enc: ours.encoding, units: ours.units, parts: ours.parts }, text).toEqual({
        enc: ref.encodingName,
        units: refUnits,
        parts: ref.segmentsCount,
      });
      expect(splitSms(text).join('')).toBe(text);
    }
  });
});
