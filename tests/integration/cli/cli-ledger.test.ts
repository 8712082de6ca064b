import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDuebell } from '../../support/cli';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();

interface Customers {
  customers: { id: number; name: string; mobile: string | null; balanceCents: number; daysOverdue: number; status: string }[];
}

describe('duebell CLI (spawned)', () => {
  it('lists no customers on a new ledger as {"customers":[]}', () => {
    const dir = tmp();
    const r = runDuebell(['--db', join(dir, 'x.db'), '--json', 'customers', 'list'], dir);
    expect(r.code).toBe(0);
    expect((r.json as Customers).customers).toEqual([]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with {error} for an unknown command, a missing argument and a bad option', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const unknown = runDuebell(['--db', db, '--json', 'frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.json).toMatchObject({ error: { code: 'unknown_command' } });
    expect(unknown.stderr).toContain('frobnicate');
    expect(runDuebell(['--db', db, 'settings', 'get'], dir).code).toBe(2);
    expect(runDuebell(['--db', db, '--lang', 'fr', 'settings', 'list'], dir).code).toBe(2);
    expect(runDuebell(['--db', db, '--now', '2026-11-30T10:00:00', 'settings', 'list'], dir).code).toBe(2);
    expect(runDuebell([], dir).code).toBe(2);
    expect(runDuebell(['--help'], dir).code).toBe(0);
    expect(runDuebell(['customers', 'list', '--help'], dir).code).toBe(0);
  });

  it('exits 1 with a translated message for a runtime error (a file that is not a ledger)', () => {
    const dir = tmp();
    const notLedger = join(dir, 'package.db');
    writeFileSync(notLedger, 'this is not sqlite at all, just text'.repeat(200));
    const r = runDuebell(['--db', notLedger, '--json', '--lang', 'en', 'customers', 'list'], dir);
    expect(r.code).toBe(1);
    expect((r.json as { error: { message: string } }).error.message).toMatch(/ledger/i);
  });

  it('settings list|get|set round-trip, with validation and both languages', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    expect(runDuebell(['--db', db, '--json', 'settings', 'set', 'business.name', '测试商店'], dir).json).toEqual({ settings: { 'business.name': '测试商店' } });
    expect(runDuebell(['settings', 'get', 'business.name', '--db', db, '--json'], dir).json).toEqual({ settings: { 'business.name': '测试商店' } });
    const list = runDuebell(['--db', db, '--json', 'settings', 'list'], dir).json as { settings: Record<string, unknown> };
    for (const key of ['business.name', 'business.phone', 'business.signature', 'timezone', 'currency', 'pack', 'language', 'sms.pricePerPartCents']) {
      expect(list.settings).toHaveProperty([key]);
    }
    const bad = runDuebell(['--db', db, '--json', '--lang', 'en', 'settings', 'set', 'pack', 'fr'], dir);
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ error: { code: 'invalid_setting' } });
    const zh = runDuebell(['--db', db, 'settings', 'set', 'nope', '1'], dir);
    expect(zh.stderr).toContain('没有这个设置项');
  });

  it('customers add, invoices add/list, payments add — and their validation errors', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const landline = runDuebell(['--db', db, '--json', 'customers', 'add', '--name', '王五', '--mobile', '0571-88886666'], dir);
    expect(landline.code).toBe(1);
    expect(landline.json).toMatchObject({ error: { code: 'mobile_landline' } });
    const add = runDuebell(['--db', db, '--json', 'customers', 'add', '--name', '王五', '--mobile', '138 1234 5678'], dir);
    expect(add.code).toBe(0);
    const id = (add.json as { customer: { id: number; mobile: string } }).customer.id;
    expect((add.json as { customer: { mobile: string } }).customer.mobile).toBe('+8613812345678');
    const neg = runDuebell(['--db', db, '--json', 'invoices', 'add', '--customer', String(id), '--ref', 'A', '--due', '2026-11-01', '--amount', '-5'], dir);
    expect(neg.code).toBe(2);
    const order = runDuebell(['--db', db, '--json', 'invoices', 'add', '--customer', String(id), '--ref', 'A', '--issued', '2026-11-05', '--due', '2026-11-01', '--amount', '5'], dir);
    expect(order.json).toMatchObject({ error: { code: 'due_before_issue' } });
    const inv = runDuebell(['--db', db, '--json', '--now', '2026-11-30T10:00:00+08:00', 'invoices', 'add', '--customer', String(id), '--ref', 'A', '--due', '2026-11-01', '--amount', '1,234.50'], dir);
    expect(inv.code).toBe(0);
    expect(inv.json).toMatchObject({ invoice: { amountCents: 123450, daysOverdue: 29 } });
    const pay = runDuebell(['--db', db, '--json', 'payments', 'add', '--customer', String(id), '--amount', '234.50', '--date', '2026-11-20'], dir);
    expect(pay.json).toMatchObject({ payment: { amountCents: 23450, paidOn: '2026-11-20' }, invoices: [{ balanceCents: 100000 }] });
    const list = runDuebell(['--db', db, '--json', 'invoices', 'list'], dir).json as { invoices: { reference: string }[] };
    expect(list.invoices.map((i) => i.reference)).toEqual(['A']);
    const customers = runDuebell(['--db', db, '--json', '--now', '2026-11-30T10:00:00+08:00', 'customers', 'list'], dir).json as Customers;
    expect(customers.customers[0]).toMatchObject({ name: '王五', balanceCents: 100000, daysOverdue: 29, status: 'overdue' });
  });

  it('demo load fills an empty ledger; customers list shows the demo shop; human output is a table', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    expect(runDuebell(['--db', db, 'demo', 'load'], dir).code).toBe(0);
    const list = runDuebell(['--db', db, '--json', 'customers', 'list'], dir).json as Customers;
    expect(list.customers).toHaveLength(30);
    for (const k of ['id', 'name', 'mobile', 'balanceCents', 'daysOverdue', 'status']) expect(list.customers[0]).toHaveProperty(k);
    const human = runDuebell(['--db', db, 'customers', 'list'], dir);
    expect(human.stdout).toContain('孙涛物业');
    expect(() => JSON.parse(human.stdout)).toThrow();
    expect(runDuebell(['--db', db, '--json', 'demo', 'load'], dir).code).toBe(1);
  });

  it('without --db uses the app-data folder and reopens the last ledger', () => {
    const dir = tmp();
    runDuebell(['settings', 'set', 'business.name', '默认店'], dir);
    expect(existsSync(join(dir, 'ledgers', 'default.db'))).toBe(true);
    expect(runDuebell(['--json', 'settings', 'get', 'business.name'], dir).json).toEqual({ settings: { 'business.name': '默认店' } });
  });
});
