import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { normaliseHeader } from '../../../electron/import/headers';
import { autoMap, layoutKey, missingFields, validateMapping } from '../../../electron/import/mapping';
import '../../../electron/import/messages';

describe('normaliseHeader', () => {
  it.each([
    ['金额(元)', '金额'],
    ['金额（元）', '金额'],
    ['客户名称：', '客户名称'],
    ['  Invoice No. ', 'invoiceno'],
    ['ＣＵＳＴＯＭＥＲ', 'customer'],
    ['Due  Date:', 'duedate'],
    ['*客户名称', '客户名称'],
    ['应收金额【CNY】', '应收金额'],
  ])('%j → %j', (text, expected) => expect(normaliseHeader(text)).toBe(expected));
});

describe('autoMap', () => {
  it('maps a Chinese accounting header', () => {
    const headers = ['序号', '客户编码', '客户名称', '联系人', '手机号码', '单据编号', '单据日期', '到期日', '应收金额(元)', '已收金额', '未收金额'];
    expect(autoMap(headers)).toEqual({
      customerCode: 1, name: 2, contact: 3, mobile: 4, reference: 5, issueDate: 6, dueDate: 7, amount: 8, paid: 9, balance: 10,
    });
  });

  it('maps English variants', () => {
    const headers = ['Account', 'Customer name', 'Tel', 'Invoice', 'Invoice date', 'Due date', 'Total', 'Paid', 'Open balance', 'Contact'];
    expect(autoMap(headers)).toEqual({
      customerCode: 0, name: 1, mobile: 2, reference: 3, issueDate: 4, dueDate: 5, amount: 6, paid: 7, balance: 8, contact: 9,
    });
  });

  it.each([
    ['客户', 'name'], ['单位名称', 'name'], ['客户全称', 'name'], ['Customer', 'name'], ['Name', 'name'],
    ['手机', 'mobile'], ['手机号', 'mobile'], ['联系电话', 'mobile'], ['电话', 'mobile'], ['Mobile', 'mobile'], ['Phone', 'mobile'],
    ['发票号', 'reference'], ['发票号码', 'reference'], ['单号', 'reference'], ['Invoice No.', 'reference'], ['Reference', 'reference'],
    ['开票日期', 'issueDate'], ['日期', 'issueDate'], ['Date', 'issueDate'],
    ['到期日期', 'dueDate'], ['应收日期', 'dueDate'], ['应还日期', 'dueDate'], ['Due date', 'dueDate'],
    ['金额', 'amount'], ['价税合计', 'amount'], ['Amount', 'amount'],
    ['已收款', 'paid'], ['实收', 'paid'], ['已付', 'paid'],
    ['余额', 'balance'], ['欠款', 'balance'], ['Balance', 'balance'],
    ['客户编号', 'customerCode'], ['Customer code', 'customerCode'],
    ['联系人', 'contact'],
  ])('%j is %s', (header, field) => {
    expect(autoMap([header])).toEqual({ [field]: 0 });
  });

  it('prefers the more specific header when two columns could hold a field', () => {
    expect(autoMap(['电话', '手机号码', '客户']).mobile).toBe(1);
  });

  it('leaves unknown headers unmapped and never maps one column twice', () => {
    const m = autoMap(['备注', '金额', '金额']);
    expect(m).toEqual({ amount: 1 });
  });

  it('is not fooled by header text that is an object key', () => {
    expect(autoMap(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])).toEqual({});
  });
});

describe('missingFields', () => {
  it('needs a name, a due date and an amount or balance', () => {
    expect(missingFields({})).toEqual(['name', 'dueDate', 'amount']);
    expect(missingFields({ name: 0, dueDate: 1, balance: 2 })).toEqual([]);
  });
});

describe('layoutKey', () => {
  it('is stable across cosmetic differences and ignores trailing empty columns', () => {
    expect(layoutKey(['客户名称', '金额(元)', ''])).toBe(layoutKey([' 客户名称：', '金额（元）']));
  });
  it('changes when the layout changes', () => {
    expect(layoutKey(['客户名称', '金额'])).not.toBe(layoutKey(['金额', '客户名称']));
    expect(layoutKey(['a'])).toMatch(/^v1:[0-9a-f]{24}$/);
  });
});

describe('validateMapping', () => {
  it('accepts a good mapping', () => {
    expect(validateMapping({ name: 0, dueDate: 2 }, 3)).toEqual({ name: 0, dueDate: 2 });
  });
  it.each([
    [null], [[1]], [{ nope: 1 }], [{ name: -1 }], [{ name: 3 }], [{ name: 1.5 }], [{ name: '1' }], [{ name: 0, dueDate: 0 }],
    [JSON.parse('{"__proto__": 1}')],
  ])('refuses %j', (input) => {
    expect(() => validateMapping(input, 3)).toThrow(AppError);
  });
});
