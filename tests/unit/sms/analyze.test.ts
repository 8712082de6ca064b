import { describe, expect, it } from 'vitest';
import { analyzeSms, splitSms } from '../../../shared/sms';

describe('analyzeSms', () => {
  it('counts GSM-7 basic characters as one unit, 160 in a single part', () => {
    expect(analyzeSms('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, parts: 1, perPart: 160 });
    expect(analyzeSms('a'.repeat(161))).toMatchObject({ units: 161, parts: 2, perPart: 153 });
    expect(analyzeSms('a'.repeat(306)).parts).toBe(2);
    expect(analyzeSms('a'.repeat(307)).parts).toBe(3);
  });

  it('counts extension characters (and form feed) as two units', () => {
    expect(analyzeSms('€^{}\\[~]|\f')).toMatchObject({ encoding: 'GSM-7', units: 20 });
    expect(analyzeSms('€'.repeat(80)).parts).toBe(1);
    expect(analyzeSms('€'.repeat(81)).parts).toBe(2);
  });

  it('never splits an escape pair across parts', () => {
    const text = `${'a'.repeat(152)}€${'b'.repeat(10)}`;
    const parts = splitSms(text);
    expect(parts[0]).toBe('a'.repeat(152));
    expect(parts[1]).toBe(`€${'b'.repeat(10)}`);
    expect(analyzeSms(text).parts).toBe(2);
  });

  it('switches to UCS-2 for Chinese and reports the forcing characters with UTF-16 indexes', () => {
    const r = analyzeSms('Hi 张三 😀!');
    expect(r.encoding).toBe('UCS-2');
    expect(r.units).toBe('Hi 张三 😀!'.length);
    expect(r.ucs2Chars).toEqual([
      { char: '张', index: 3 },
      { char: '三', index: 4 },
      { char: '😀', index: 6 },
    ]);
  });

  it('uses 70 single / 67 per part in UCS-2, emoji taking two units', () => {
    expect(analyzeSms('中'.repeat(70))).toMatchObject({ parts: 1, perPart: 70 });
    expect(analyzeSms('中'.repeat(71))).toMatchObject({ parts: 2, perPart: 67 });
    expect(analyzeSms('😀'.repeat(35))).toMatchObject({ units: 70, parts: 1 });
    expect(analyzeSms('😀'.repeat(36))).toMatchObject({ units: 72, parts: 2 });
  });

  it('never splits a surrogate pair', () => {
    const text = `${'中'.repeat(66)}😀${'中'.repeat(10)}`;
    const parts = splitSms(text);
    expect(parts[0]).toBe('中'.repeat(66));
    expect(parts[1]?.startsWith('😀')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('treats an empty text as one empty GSM-7 part', () => {
    expect(analyzeSms('')).toMatchObject({ encoding: 'GSM-7', units: 0, parts: 1 });
    expect(splitSms('')).toEqual(['']);
  });

  it('keeps counting beyond 255 parts so callers can refuse', () => {
    expect(analyzeSms('a'.repeat(153 * 256)).parts).toBe(256);
  });

  it('splitSms parts respect limits and rejoin to the text', () => {
    const text = `Ihr Betrag ${'x{'.repeat(200)} 中文`;
    const parts = splitSms(text);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(67);
    expect(parts.length).toBe(analyzeSms(text).parts);
  });
});
