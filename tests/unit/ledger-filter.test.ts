import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../../shared/contract/ledger';
import { countByFilter, filterCustomers } from '../../renderer/ledger/filter';
import { parseAmount, placeServerError } from '../../renderer/ledger/validate';

const row = (over: Partial<CustomerRow>): CustomerRow => ({
  id: 1,
  code: null,
  name: 'x',
  mobile: '+8613800000000',
  phoneRaw: '13800000000',
  unreachableReason: null,
  balanceCents: 0,
  overdueCents: 0,
  daysOverdue: 0,
  oldestDueDate: null,
  openInvoices: 0,
  status: 'paid',
  optedOut: false,
  disputed: false,
  ...over,
});

const rows = [
  row({ id: 1, name: '孙涛物业', code: 'K012', balanceCents: 500, overdueCents: 500, status: 'overdue' }),
  row({ id: 2, name: '陈静家居', balanceCents: 300, status: 'open' }),
  row({ id: 3, name: 'Paid Ltd' }),
  row({ id: 4, name: '赵敏', mobile: null, phoneRaw: '0571-8712 3456', unreachableReason: 'landline', optedOut: true }),
];

describe('ledger filters (same meanings as the server’s)', () => {
  it('filters by chip', () => {
    const ids = (f: Parameters<typeof filterCustomers>[1]) => filterCustomers(rows, f, '').map((r) => r.id);
    expect(ids('overdue')).toEqual([1]);
    expect(ids('not_due')).toEqual([2]);
    expect(ids('paid')).toEqual([3, 4]);
    expect(ids('opted_out')).toEqual([4]);
    expect(ids('unreachable')).toEqual([4]);
    expect(countByFilter(rows)).toEqual({ all: 4, overdue: 1, not_due: 1, paid: 2, opted_out: 1, unreachable: 1 });
  });

  it('searches name, code and both phone forms, case-insensitively', () => {
    expect(filterCustomers(rows, 'all', '孙涛').map((r) => r.id)).toEqual([1]);
    expect(filterCustomers(rows, 'all', 'k012').map((r) => r.id)).toEqual([1]);
    expect(filterCustomers(rows, 'all', 'paid').map((r) => r.id)).toEqual([3]);
    expect(filterCustomers(rows, 'all', '8712').map((r) => r.id)).toEqual([4]);
    expect(filterCustomers(rows, 'overdue', '陈静')).toEqual([]);
  });
});

describe('amount parsing for the forms', () => {
  it('turns typed yuan into exact cents', () => {
    expect(parseAmount('1234.50')).toEqual({ cents: 123450 });
    expect(parseAmount('1,234.5')).toEqual({ cents: 123450 });
    expect(parseAmount('0.07')).toEqual({ cents: 7 });
  });
  it('refuses what is not an amount', () => {
    expect(parseAmount('12.345')).toEqual({ error: 'forms.errors.amountFormat' });
    expect(parseAmount('abc')).toEqual({ error: 'forms.errors.amountFormat' });
    expect(parseAmount('0')).toEqual({ error: 'forms.errors.amountPositive' });
    expect(parseAmount('-5')).toEqual({ error: 'forms.errors.amountPositive' });
  });
  it('places server errors next to their field', () => {
    expect(placeServerError({ code: 'mobile_landline', message: 'm' })).toEqual({ field: 'mobile', message: 'm' });
    expect(placeServerError({ code: 'internal', message: 'x' })).toEqual({ field: null, message: 'x' });
  });
});
