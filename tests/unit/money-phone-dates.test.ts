import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, daysBetween, formatDate, isIsoDate } from '../../shared/dates';
import { addCents, formatCentsPlain, formatMoney, parseDecimalToCents } from '../../shared/money';
import { checkPhone } from '../../shared/phone';

describe('money', () => {
  it('parses decimals to exact cents without float error', () => {
    expect(parseDecimalToCents('0.07')).toBe(7);
    expect(parseDecimalToCents('1234.5')).toBe(123450);
    expect(parseDecimalToCents('-3')).toBe(-300);
    expect(parseDecimalToCents('19.99')).toBe(1999);
    expect(parseDecimalToCents('1.005')).toBeNull();
    expect(parseDecimalToCents('abc')).toBeNull();
  });
  it('adds integer cents and refuses fractions', () => {
    expect(addCents(10, 20, 30)).toBe(60);
    expect(() => addCents(0.1, 0.2)).toThrow(RangeError);
  });
  it('formats money in Chinese and English', () => {
    expect(formatCentsPlain(123450)).toBe('1,234.50');
    expect(formatCentsPlain(-5)).toBe('-0.05');
    expect(formatMoney(123450, 'CNY', 'zh-CN')).toBe('1,234.50元');
    expect(formatMoney(123450, 'CNY', 'en')).toBe('CN¥1,234.50');
    expect(formatMoney(-100, 'USD', 'en')).toBe('-US$1.00');
  });
});

describe('dates', () => {
  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026/02/01')).toBe(false);
  });
  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-11-29', '2026-11-30')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
  it('gives the date in a time zone', () => {
    const instant = new Date('2026-11-30T17:00:00Z');
    expect(dateInZone(instant, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(dateInZone(instant, 'America/New_York')).toBe('2026-11-30');
  });
  it('formats dates per language', () => {
    expect(formatDate('2026-11-05', 'zh-CN')).toBe('2026年11月5日');
    expect(formatDate('2026-11-05', 'en')).toBe('Nov 5, 2026');
  });
});

describe('phone', () => {
  it.each([
    ['138 0571 2231', '+8613805712231'],
    ['+86 139-5710-8842', '+8613957108842'],
    ['(+86) 137 7770 1188', '+8613777701188'],
    ['8613588009911', '+8613588009911'],
    ['１３９５８０６６２２３', '+8613958066223'],
    ['0086 13800138000', '+8613800138000'],
  ])('normalises the mobile %s', (raw, e164) => {
    expect(checkPhone(raw)).toEqual({ kind: 'mobile', e164 });
  });
  it('marks landlines and nonsense as unreachable, with the reason', () => {
    expect(checkPhone('0571-8712 3456')).toMatchObject({ kind: 'unreachable', reason: 'landline' });
    expect(checkPhone('12345')).toMatchObject({ kind: 'unreachable', reason: 'invalid' });
    expect(checkPhone('')).toMatchObject({ kind: 'unreachable', reason: 'missing' });
    expect(checkPhone(null)).toMatchObject({ kind: 'unreachable', reason: 'missing' });
  });
  it('handles US and UK numbers', () => {
    expect(checkPhone('(415) 555-2671', 'US')).toEqual({ kind: 'mobile', e164: '+14155552671' });
    expect(checkPhone('07700 900123', 'GB')).toEqual({ kind: 'mobile', e164: '+447700900123' });
    expect(checkPhone('020 7946 0018', 'GB')).toMatchObject({ kind: 'unreachable', reason: 'landline' });
  });
});
