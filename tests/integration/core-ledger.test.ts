import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { mergeContracts, method } from '../../shared/contract/define';
import { buildHandlers, invoke } from '../../electron/core/registry';
import { handlers } from '../../electron/core/handlers';
import { z } from 'zod';
import { failure, must, openTestCore } from '../support/core';
import { tempDirsPerTest } from '../support/temp';

const tmp = tempDirsPerTest();

describe('contract and registry', () => {
  it('refuses a method declared twice', () => {
    const a = { x: method(z.object({}), z.object({})) };
    expect(() => mergeContracts(a, { ...a })).toThrow(/declared twice: x/);
  });
  it('refuses a method handled twice, and a method without a handler', () => {
    expect(() => buildHandlers(handlers, { 'settings.list': handlers['settings.list'] })).toThrow(/handled twice/);
    const { 'settings.list': _dropped, ...rest } = handlers;
    expect(() => buildHandlers(rest)).toThrow(/without a handler: settings.list/);
  });
  it('checks outputs against their schema in tests, so a handler returning a wrong shape is caught', async () => {
    const core = await openTestCore(tmp());
    const broken = buildHandlers({ ...handlers, 'settings.list': () => ({ settings: { x: { nested: true } } }) as never });
    const res = await invoke(broken, 'settings.list', {}, core.context('en'));
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    core.close();
  });

  it('every contract method has zod input and output schemas', () => {
    for (const spec of Object.values(contract)) {
      expect(spec.input).toBeInstanceOf(z.ZodType);
      expect(spec.output).toBeInstanceOf(z.ZodType);
    }
  });
});

describe('customers, invoices, payments through the core', () => {
  it('refuses a landline as mobile, in the chosen language, and writes nothing', async () => {
    const core = await openTestCore(tmp());
    const err = await failure(core, 'customers.add', { name: '王五', mobile: '0571-88886666' }, 'zh-CN');
    expect(err.code).toBe('mobile_landline');
    expect(err.message).toContain('固定电话');
    expect((await must(core, 'customers.list', {})).total).toBe(0);
    core.close();
  });

  it('refuses negative amounts and a due date before the issue date', async () => {
    const core = await openTestCore(tmp());
    const { customer } = await must(core, 'customers.add', { name: 'A', mobile: '13800138000' });
    const neg = await failure(core, 'invoices.add', { customerId: customer.id, reference: 'X', dueDate: '2026-11-01', amountCents: -100 });
    expect(neg.code).toBe('amount_not_positive');
    const order = await failure(core, 'invoices.add', {
      customerId: customer.id,
      reference: 'X',
      issueDate: '2026-11-10',
      dueDate: '2026-11-01',
      amountCents: 100,
    });
    expect(order.code).toBe('due_before_issue');
    expect(order.message).toContain('2026-11-01');
    const bad = await failure(core, 'invoices.add', { customerId: customer.id, reference: 'X', dueDate: '2026-02-30', amountCents: 100 });
    expect(bad.code).toBe('invalid_date');
    expect((await must(core, 'invoices.list', {})).invoices).toHaveLength(0);
    core.close();
  });

  it('computes balances, days overdue and status as of the clock, with filters and search', async () => {
    const core = await openTestCore(tmp(), '2026-11-30T10:00:00+08:00');
    const a = (await must(core, 'customers.add', { name: '甲公司', mobile: '13800138000', code: 'C1' })).customer;
    const b = (await must(core, 'customers.add', { name: 'Beta', mobile: '+86 139 0000 0000' })).customer;
    const c = (await must(core, 'customers.add', { name: '丙', mobile: null })).customer;
    await must(core, 'invoices.add', { customerId: a.id, reference: 'A1', dueDate: '2026-10-01', amountCents: 10000 });
    await must(core, 'invoices.add', { customerId: a.id, reference: 'A2', dueDate: '2026-11-29', amountCents: 2550 });
    await must(core, 'invoices.add', { customerId: b.id, reference: 'B1', dueDate: '2026-12-15', amountCents: 700 });
    await must(core, 'invoices.add', { customerId: c.id, reference: 'C1', dueDate: '2026-11-30', amountCents: 500, paidCents: 500 });
    const list = await must(core, 'customers.list', {});
    const byName = new Map(list.customers.map((r) => [r.name, r]));
    expect(byName.get('甲公司')).toMatchObject({ balanceCents: 12550, overdueCents: 12550, daysOverdue: 60, status: 'overdue', oldestDueDate: '2026-10-01' });
    expect(byName.get('Beta')).toMatchObject({ balanceCents: 700, overdueCents: 0, daysOverdue: 0, status: 'open' });
    expect(byName.get('丙')).toMatchObject({ balanceCents: 0, status: 'paid', mobile: null, unreachableReason: 'missing' });
    expect(list.totals).toEqual({ customers: 3, balanceCents: 13250, overdueCents: 12550, overdueCustomers: 1 });
    expect((await must(core, 'customers.list', { filter: 'overdue' })).customers.map((r) => r.name)).toEqual(['甲公司']);
    expect((await must(core, 'customers.list', { filter: 'not_due' })).customers.map((r) => r.name)).toEqual(['Beta']);
    expect((await must(core, 'customers.list', { filter: 'unreachable' })).customers.map((r) => r.name)).toEqual(['丙']);
    expect((await must(core, 'customers.list', { search: 'C1' })).customers.map((r) => r.name)).toEqual(['甲公司']);
    expect((await must(core, 'customers.list', { search: '%' })).customers).toHaveLength(0);
    core.close();
  });

  it('allocates a payment oldest invoice first and marks invoices paid', async () => {
    const core = await openTestCore(tmp());
    const a = (await must(core, 'customers.add', { name: 'A', mobile: '13800138000' })).customer;
    await must(core, 'invoices.add', { customerId: a.id, reference: 'new', dueDate: '2026-11-20', amountCents: 5000 });
    await must(core, 'invoices.add', { customerId: a.id, reference: 'old', dueDate: '2026-10-20', amountCents: 3000 });
    const paid = await must(core, 'payments.add', { customerId: a.id, amountCents: 4000 });
    expect(paid.invoices.map((i) => [i.reference, i.paidCents, i.status])).toEqual([
      ['old', 3000, 'paid'],
      ['new', 1000, 'open'],
    ]);
    expect(paid.payment.paidOn).toBe('2026-11-30');
    const over = await failure(core, 'payments.add', { customerId: a.id, amountCents: 4001 });
    expect(over.code).toBe('payment_exceeds_balance');
    const detail = await must(core, 'customers.get', { id: a.id });
    expect(detail.customer.balanceCents).toBe(4000);
    expect(detail.payments).toHaveLength(1);
    core.close();
  });

  it('updates a customer: opt-out, dispute, pause, and a refused duplicate code', async () => {
    const core = await openTestCore(tmp());
    const a = (await must(core, 'customers.add', { name: 'A', mobile: '13800138000', code: 'K1' })).customer;
    const b = (await must(core, 'customers.add', { name: 'B', mobile: '13900139000' })).customer;
    const upd = await must(core, 'customers.update', { id: a.id, optedOut: true, disputed: true, pausedUntil: '2026-12-31' });
    expect(upd.customer).toMatchObject({ optedOut: true, disputed: true, pausedUntil: '2026-12-31', optedOutVia: 'manual' });
    expect((await failure(core, 'customers.update', { id: b.id, code: 'K1' })).code).toBe('duplicate_customer_code');
    expect((await failure(core, 'customers.get', { id: 999 })).code).toBe('customer_not_found');
    core.close();
  });
});

describe('settings', () => {
  it('validates each key and keeps defaults', async () => {
    const core = await openTestCore(tmp());
    const all = await must(core, 'settings.list', {});
    expect(all.settings).toMatchObject({ timezone: 'Asia/Shanghai', currency: 'CNY', pack: 'cn', language: 'zh-CN', 'sms.pricePerPartCents': 5 });
    expect((await must(core, 'settings.set', { key: 'sms.pricePerPartCents', value: '8' })).settings).toEqual({ 'sms.pricePerPartCents': 8 });
    expect((await failure(core, 'settings.set', { key: 'timezone', value: 'Mars/Base' })).code).toBe('invalid_setting');
    expect((await failure(core, 'settings.set', { key: 'nope', value: '1' })).code).toBe('unknown_setting');
    expect((await failure(core, 'settings.set', { key: 'hours.start', value: '25:00' }, 'zh-CN')).message).toContain('时:分');
    core.close();
  });
});

describe('ledgers and demo data', () => {
  it('creates, switches and remembers ledger files', async () => {
    const dir = tmp();
    const core = await openTestCore(dir);
    const first = core.path;
    const created = await must(core, 'ledgers.create', { name: '李记便利店' });
    expect(created.current.name).toBe('李记便利店');
    expect(core.path).not.toBe(first);
    const list = await must(core, 'ledgers.list', {});
    expect(list.ledgers.map((l) => l.name)).toContain('李记便利店');
    expect((await failure(core, 'ledgers.create', { name: '李记便利店' })).code).toBe('ledger_exists');
    await must(core, 'ledgers.open', { path: first });
    expect(core.path).toBe(first);
    core.close();
  });

  it('loads a demo shop dated relative to today, once', async () => {
    const core = await openTestCore(tmp(), '2026-11-30T10:00:00+08:00');
    const counts = await must(core, 'demo.load', {});
    expect(counts.customers).toBe(30);
    const list = await must(core, 'customers.list', {});
    expect(list.customers.some((c) => c.status === 'paid')).toBe(true);
    expect(list.customers.filter((c) => c.status === 'overdue').length).toBeGreaterThan(15);
    expect(list.customers.some((c) => c.unreachableReason === 'landline')).toBe(true);
    expect(list.customers.some((c) => c.unreachableReason === 'missing')).toBe(true);
    expect(list.customers.some((c) => c.daysOverdue === 1)).toBe(true);
    expect(list.customers.some((c) => c.daysOverdue > 90)).toBe(true);
    expect((await failure(core, 'demo.load', {})).code).toBe('demo_not_empty');
    core.close();
  });
});
