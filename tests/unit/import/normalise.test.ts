import { describe, expect, it } from 'vitest';
import { cleanText, nameKey, normalisePhone } from '../../../electron/import/normalise';

describe('normalisePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+86-138-0013-8000', '+8613800138000'],
    ['86 13800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['(+86)13800138000', '+8613800138000'],
    ['（+86）138 0013 8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['+44 7700 900123', '+447700900123'],
  ])('%j is the mobile %s', (raw, e164) => {
    expect(normalisePhone(raw)).toEqual({ kind: 'mobile', e164 });
  });

  it('marks landlines, invalid and missing numbers unreachable with the reason', () => {
    expect(normalisePhone('0755-26881234')).toMatchObject({ kind: 'unreachable', reason: 'landline' });
    expect(normalisePhone('12345')).toMatchObject({ kind: 'unreachable', reason: 'invalid' });
    expect(normalisePhone('')).toMatchObject({ kind: 'unreachable', reason: 'missing' });
    expect(normalisePhone('   ')).toMatchObject({ kind: 'unreachable', reason: 'missing' });
  });

  it('takes the first mobile from a cell holding several numbers', () => {
    expect(normalisePhone('0755-26881234 / 13800138000')).toEqual({ kind: 'mobile', e164: '+8613800138000' });
    expect(normalisePhone('13900001111，13800138000')).toEqual({ kind: 'mobile', e164: '+8613900001111' });
    expect(normalisePhone('0755-26881234、0755-26881235')).toMatchObject({ kind: 'unreachable', reason: 'landline' });
  });
});

describe('text', () => {
  it('cleanText trims and collapses whitespace, including full-width spaces', () => {
    expect(cleanText('  杭州\u3000明远  贸易 ')).toBe('杭州 明远 贸易');
  });
  it('nameKey folds case, width and spaces', () => {
    expect(nameKey('ＡＢＣ 公司')).toBe(nameKey('abc公司'));
  });
});
