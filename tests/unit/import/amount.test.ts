import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../electron/import/amount';

const cents = (text: string) => {
  const r = parseAmount(text);
  return r.ok ? r.cents : null;
};

describe('parseAmount', () => {
  it.each([
    ['1234.50', 123450],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0', 0],
    ['0.07', 7],
    ['.5', 50],
    ['5.', 500],
  ])('plain decimal %s', (text, expected) => expect(cents(text)).toBe(expected));

  it.each([
    ['¥1,234.50', 123450],
    ['￥1,234.50', 123450],
    ['CN¥1,234.50', 123450],
    ['3500元', 350000],
    ['RMB 3,500.00', 350000],
    ['人民币3500', 350000],
    ['$1,000,000.99', 100000099],
    ['€ 12,00', 1200],
  ])('currency marks are ignored: %s', (text, expected) => expect(cents(text)).toBe(expected));

  it.each([
    ['1 234,50', 123450],
    ['1.234,50', 123450],
    ['1.234.567,89', 123456789],
    ['1234,5', 123450],
    ["1'234.50", 123450],
    ['1\u00a0234,50', 123450],
  ])('European / grouped forms: %s', (text, expected) => expect(cents(text)).toBe(expected));

  it.each([
    ['1,234', 123400],
    ['1,234,567', 123456700],
    ['1.234.567', 123456700],
  ])('grouping only: %s', (text, expected) => expect(cents(text)).toBe(expected));

  it.each([
    ['-12.30', -1230],
    ['(12.30)', -1230],
    ['（12.30）', -1230],
    ['12.30-', -1230],
    ['−12.30', -1230],
    ['+12.30', 1230],
    ['-¥1,234.50', -123450],
  ])('negative forms: %s', (text, expected) => expect(cents(text)).toBe(expected));

  it('reads full-width digits and punctuation', () => {
    expect(cents('１２３４．５０')).toBe(123450);
    expect(cents('１，２３４')).toBe(123400);
  });

  it('reads a lone dash as zero (accounting formats show 0 that way)', () => {
    expect(cents('-')).toBe(0);
    expect(cents('—')).toBe(0);
  });

  it('accepts extra decimals only when they are zeros', () => {
    expect(cents('12.3400')).toBe(1234);
    expect(cents('12.000')).toBe(1200);
  });

  it('rejects 12.345: one dot is a decimal point, and 3 decimals are never rounded', () => {
    expect(cents('12.345')).toBeNull();
    expect(cents('0.125')).toBeNull();
  });

  it.each(['', '   ', 'abc', '12a', '1,23,4', '1.2.3,4,5', '1e5', '12..5', '1,2345', '¥', '--5', 'NaN'])(
    'rejects %j',
    (text) => expect(cents(text)).toBeNull(),
  );

  it('stays exact on values a float would spoil', () => {
    expect(cents('0.29')).toBe(29);
    expect(cents('1.15')).toBe(115);
    expect(cents('90071992547409.91')).toBe(9007199254740991);
    expect(cents('90071992547409.92')).toBeNull();
  });
});

describe('parseAmount plain digits', () => {
  it('reads plain numbers exactly as the general path does', () => {
    for (const t of ['0', '7', '007', '12.5', '12.50', '0.05', '1234567890123', '1234567890123.99', '99.9', '100.00']) {
      expect(parseAmount(t)).toEqual(parseAmount(`¥ ${t}`));
    }
  });
});
