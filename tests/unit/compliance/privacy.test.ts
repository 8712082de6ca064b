import { describe, expect, it } from 'vitest';
import { isChineseIdNumber, passesLuhn } from '../../../shared/compliance/privacy';
import { summary } from './helpers';

describe('CN-11 personal numbers', () => {
  it('flags a valid ID-card number with its exact span', () => {
    expect(summary('客户110101199003070011欠款')).toEqual([['CN-11', 'block', '110101199003070011']]);
  });

  it('flags an ID number ending in X and one written with spaces', () => {
    expect(isChineseIdNumber('11010519491231002x')).toBe(true);
    expect(summary('证件11010519491231002X')).toEqual([['CN-11', 'block', '11010519491231002X']]);
    expect(summary('110101 19900307 0011')).toEqual([['CN-11', 'block', '110101 19900307 0011']]);
  });

  it('flags a full bank card number (Luhn) in groups of four', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(summary('请转入 6222 0212 3456 7890 128')).toEqual([['CN-11', 'block', '6222 0212 3456 7890 128']]);
  });

  it('flags a labelled card number even when the checksum fails', () => {
    expect(summary('卡号：6222021234567890127')).toEqual([['CN-11', 'block', '6222021234567890127']]);
  });

  it('leaves phone numbers, amounts, dates, card tails and unlabelled non-checksum runs alone', () => {
    for (const text of ['电话13800138000', '金额1,234,567.89元', '2026-11-05到期', '尾号1234的银行卡', '单号6222021234567890127']) {
      expect(summary(text), text).toEqual([]);
    }
  });
});

describe('ID checksum', () => {
  it('rejects an 18-digit number whose check digit is wrong, unless labelled', () => {
    expect(isChineseIdNumber('110101199003070012')).toBe(false);
    expect(summary('编号110101199003070012')).toEqual([]);
    expect(summary('身份证号：110101199003070012')).toEqual([['CN-11', 'block', '110101199003070012']]);
  });
});
