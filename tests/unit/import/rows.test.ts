import { describe, expect, it } from 'vitest';
import { normaliseRow, type RowContext } from '../../../electron/import/rows';
import type { Mapping } from '../../../electron/import/types';

const HEADERS = ['客户编码', '客户名称', '手机', '单据编号', '单据日期', '到期日', '金额', '已收金额', '未收金额', '联系人'];
const FULL: Mapping = {
  customerCode: 0, name: 1, mobile: 2, reference: 3, issueDate: 4, dueDate: 5, amount: 6, paid: 7, balance: 8, contact: 9,
};
const ctx = (mapping: Mapping = FULL): RowContext => ({ mapping, headers: HEADERS, dayFirst: { issueDate: false, dueDate: false } });
const row = (over: Partial<Record<keyof typeof FULL, string>> = {}): string[] => {
  const base = { customerCode: 'C1', name: '甲公司', mobile: '13800138000', reference: 'INV-1', issueDate: '2026-10-01',
    dueDate: '2026-11-01', amount: '100.00', paid: '30', balance: '70', contact: '王经理', ...over };
  return [base.customerCode, base.name, base.mobile, base.reference, base.issueDate, base.dueDate, base.amount, base.paid, base.balance, base.contact];
};
const run = (cells: string[], mapping?: Mapping) => normaliseRow(cells, 7, ctx(mapping));
const reason = (cells: string[], mapping?: Mapping) => {
  const o = run(cells, mapping);
  return o.kind === 'row' ? 'ok' : o.reason;
};

describe('normaliseRow', () => {
  it('normalises a full row', () => {
    const o = run(row());
    expect(o).toEqual({
      kind: 'row',
      warnings: [],
      row: {
        row: 7,
        customer: { code: 'C1', name: '甲公司', nameKey: '甲公司', phoneRaw: '13800138000', mobile: '+8613800138000', unreachableReason: null, contact: '王经理' },
        invoice: { reference: 'INV-1', issueDate: '2026-10-01', dueDate: '2026-11-01', amountCents: 10000, paidCents: 3000, balanceCents: 7000 },
        cells: row(),
      },
    });
  });

  it('skips blank and totals rows', () => {
    expect(reason(['', '', ' '])).toBe('blank');
    expect(reason(row({ customerCode: '', name: '合计', reference: '' }))).toBe('totals_row');
  });

  it('computes balance = amount − paid without a balance column', () => {
    const o = run(row({ balance: '' }), { ...FULL, balance: undefined });
    expect(o.kind === 'row' && o.row.invoice).toMatchObject({ amountCents: 10000, paidCents: 3000, balanceCents: 7000 });
  });

  it('computes paid = amount − balance without a paid column', () => {
    const { paid: _p, ...noPaid } = FULL;
    const o = run(row({ paid: '' }), noPaid);
    expect(o.kind === 'row' && o.row.invoice).toMatchObject({ amountCents: 10000, paidCents: 3000, balanceCents: 7000 });
  });

  it('computes amount = balance + paid without an amount column', () => {
    const { amount: _a, ...noAmount } = FULL;
    const o = run(row(), noAmount);
    expect(o.kind === 'row' && o.row.invoice).toMatchObject({ amountCents: 10000, paidCents: 3000, balanceCents: 7000 });
  });

  it('treats an empty paid cell as nothing paid', () => {
    const { balance: _b, ...noBalance } = FULL;
    const o = run(row({ paid: '' }), noBalance);
    expect(o.kind === 'row' && o.row.invoice).toMatchObject({ paidCents: 0, balanceCents: 10000 });
  });

  it('keeps a row whose balance disagrees, with a balance_mismatch warning, using amount and paid', () => {
    const o = run(row({ balance: '50' }));
    expect(o.kind).toBe('row');
    if (o.kind !== 'row') return;
    expect(o.row.invoice.balanceCents).toBe(7000);
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toMatchObject({ row: 7, reason: 'balance_mismatch' });
    expect(o.warnings[0]?.message.en).toContain('50.00');
  });

  it('warns about unreachable phones only when there is a phone column', () => {
    const o = run(row({ mobile: '0755-26881234' }));
    expect(o.kind === 'row' && o.warnings.map((w) => w.reason)).toEqual(['phone_unreachable']);
    expect(o.kind === 'row' && o.row.customer).toMatchObject({ mobile: null, unreachableReason: 'landline', phoneRaw: '0755-26881234' });
    const { mobile: _m, ...noMobile } = FULL;
    const p = run(row(), noMobile);
    expect(p.kind === 'row' && p.warnings).toEqual([]);
    expect(p.kind === 'row' && p.row.customer).toMatchObject({ mobile: null, unreachableReason: 'missing', phoneRaw: null });
  });

  it.each([
    [{ name: '' }, 'missing_name'],
    [{ name: '   ' }, 'missing_name'],
    [{ dueDate: '' }, 'missing_due_date'],
    [{ dueDate: 'soon' }, 'invalid_date'],
    [{ issueDate: '2026-13-40' }, 'invalid_date'],
    [{ issueDate: '2026-11-02', dueDate: '2026-11-01' }, 'due_before_issue'],
    [{ amount: '-100', paid: '0', balance: '' }, 'negative_amount'],
    [{ amount: '(100)' }, 'negative_amount'],
    [{ paid: '-1' }, 'negative_amount'],
    [{ amount: 'abc' }, 'invalid_amount'],
    [{ amount: '12.345' }, 'invalid_amount'],
    [{ paid: '150', balance: '' }, 'paid_exceeds_amount'],
    [{ amount: '', balance: '' }, 'missing_amount'],
    [{ name: 'x'.repeat(201) }, 'field_too_long'],
    [{ reference: 'R'.repeat(201) }, 'field_too_long'],
  ])('rejects %j as %s', (over, expected) => {
    expect(reason(row(over))).toBe(expected);
  });

  it('rejects a missing due date even when there is an issue date (never guesses)', () => {
    expect(reason(row({ dueDate: '', issueDate: '2026-10-01' }))).toBe('missing_due_date');
  });

  it('rejects a balance larger than the amount when paid must be derived', () => {
    const { paid: _p, ...noPaid } = FULL;
    expect(reason(row({ balance: '120' }), noPaid)).toBe('balance_exceeds_amount');
  });

  it('puts the offending cell text in the rejection params', () => {
    const o = run(row({ amount: '一百元' }));
    expect(o).toMatchObject({ kind: 'rejected', reason: 'invalid_amount', params: { column: '金额', value: '一百元' } });
  });

  it('reads year-last dates the way the column was inferred', () => {
    const c: RowContext = { ...ctx(), dayFirst: { issueDate: true, dueDate: true } };
    const o = normaliseRow(row({ issueDate: '01/10/2026', dueDate: '05/11/2026' }), 3, c);
    expect(o.kind === 'row' && o.row.invoice).toMatchObject({ issueDate: '2026-10-01', dueDate: '2026-11-05' });
  });

  it('turns an empty reference, code and contact into null', () => {
    const o = run(row({ reference: '', customerCode: '', contact: '' }));
    expect(o.kind === 'row' && [o.row.invoice.reference, o.row.customer.code, o.row.customer.contact]).toEqual([null, null, null]);
  });
});
