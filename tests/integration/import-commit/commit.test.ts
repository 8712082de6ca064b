import { describe, expect, it } from 'vitest';
import { must } from '../../support/core';
import { countRows, customerId, importFile, importTestKit, insertMessage, sample } from './helpers';

const kit = importTestKit();
const ROW_A = ['C1', '甲公司', '13800138000', 'A-1', '2026-10-01', '2026-11-01', '1000', '0'];
const ROW_B = ['C2', '乙商行', '13900139000', 'B-1', '2026-10-05', '2026-11-05', '500.50', '0'];

describe('import preview and commit through the core', () => {
  it('preview writes nothing and reports what a commit would do', async () => {
    const core = await kit.core();
    const before = ['customers', 'invoices', 'payments', 'imports', 'import_changes'].map((t) => countRows(core, t));
    const p = await must(core, 'import.preview', { path: sample('ledger-accounting.xlsx') });
    expect(p.rows).toEqual({ read: 16, created: 15, updated: 0, unchanged: 0, skipped: 1, rejected: 0 });
    expect(p.sheet).toBe('应收账款');
    expect(p.sample[0]).toMatchObject({ row: 4, status: 'create' });
    expect(p.sample.find((s) => s.status === 'skipped')).toMatchObject({ reason: 'totals_row' });
    expect(['customers', 'invoices', 'payments', 'imports', 'import_changes'].map((t) => countRows(core, t))).toEqual(before);
    core.close();
  });

  it('commit creates customers and invoices and records the import; the same file again changes nothing', async () => {
    const core = await kit.core();
    const first = await importFile(core, sample('ledger-accounting.xlsx'));
    expect(first.rows.created).toBe(15);
    expect(countRows(core, 'customers')).toBe(14);
    expect(countRows(core, 'invoices')).toBe(15);
    const rec = core.database.prepare('SELECT file_name, file_hash, mapping_json, counts_json FROM imports').get() as { file_name: string; file_hash: string; mapping_json: string; counts_json: string };
    expect(rec.file_name).toBe('ledger-accounting.xlsx');
    expect(rec.file_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(rec.mapping_json)).toHaveProperty('name');
    expect(JSON.parse(rec.counts_json)).toMatchObject({ created: 15, skipped: 1 });
    // A landline customer is stored unreachable, with the number as written.
    const landlines = core.database.prepare(`SELECT phone_raw FROM customers WHERE unreachable_reason = 'landline'`).all();
    expect(landlines).toHaveLength(2);

    const again = await importFile(core, sample('ledger-accounting.xlsx'));
    expect(again.rows).toEqual({ read: 16, created: 0, updated: 0, unchanged: 15, skipped: 1, rejected: 0 });
    expect(countRows(core, 'customers')).toBe(14);
    expect(countRows(core, 'invoices')).toBe(15);
    expect(countRows(core, 'payments')).toBe(0);
    expect(countRows(core, 'import_changes')).toBe(0);
    core.close();
  });

  it('a newer file updates amounts and dates of the same invoice', async () => {
    const core = await kit.core();
    await importFile(core, kit.xlsx([ROW_A, ROW_B]));
    const newer = [['C1', '甲公司', '13800138000', 'A-1', '2026-10-01', '2026-11-15', '1200', '0'], ROW_B];
    const p = await must(core, 'import.preview', { path: kit.xlsx(newer) });
    expect(p.rows).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(p.sample[0]?.changes).toEqual(['dueDate', 'amount']);
    await must(core, 'import.commit', { token: p.token });
    const inv = core.database.prepare(`SELECT amount_cents, due_date, status FROM invoices WHERE reference = 'A-1'`).get();
    expect(inv).toEqual({ amount_cents: 120000, due_date: '2026-11-15', status: 'open' });
    expect(countRows(core, 'invoices')).toBe(2);
    core.close();
  });

  it('a payment in the newer file records a payment, marks the invoice paid and cancels that customer’s queued reminder', async () => {
    const core = await kit.core();
    await importFile(core, kit.xlsx([ROW_A, ROW_B]));
    const paidA = insertMessage(core, customerId(core, 'C1'), 'queued');
    const plannedB = insertMessage(core, customerId(core, 'C2'), 'planned');
    const partB = ['C2', '乙商行', '13900139000', 'B-1', '2026-10-05', '2026-11-05', '500.50', '100'];
    const p = await must(core, 'import.preview', { path: kit.xlsx([[...ROW_A.slice(0, 7), '1000'], partB]) });
    expect(p).toMatchObject({ payments: 2, remindersToCancel: 1 });
    const done = await must(core, 'import.commit', { token: p.token });
    expect(done).toMatchObject({ payments: 2, remindersCancelled: 1 });
    const pays = core.database.prepare('SELECT amount_cents, invoice_id, source_import_id, method FROM payments ORDER BY id').all();
    expect(pays).toEqual([
      { amount_cents: 100000, invoice_id: expect.any(Number), source_import_id: done.importId, method: 'import' },
      { amount_cents: 10000, invoice_id: expect.any(Number), source_import_id: done.importId, method: 'import' },
    ]);
    expect(core.database.prepare(`SELECT status, paid_cents FROM invoices WHERE reference = 'A-1'`).get()).toEqual({ status: 'paid', paid_cents: 100000 });
    expect(core.database.prepare(`SELECT status, paid_cents FROM invoices WHERE reference = 'B-1'`).get()).toEqual({ status: 'open', paid_cents: 10000 });
    // A's balance is gone: its reminder is cancelled with an audit event; B still owes, so B's stays.
    expect(core.database.prepare('SELECT state, reason FROM messages WHERE id = ?').get(paidA)).toEqual({ state: 'cancelled', reason: 'paid' });
    expect(core.database.prepare('SELECT state FROM messages WHERE id = ?').get(plannedB)).toEqual({ state: 'planned' });
    const events = core.database.prepare('SELECT from_state, to_state, actor, detail_json FROM message_events WHERE message_id = ?').all(paidA);
    expect(events).toEqual([{ from_state: 'queued', to_state: 'cancelled', actor: 'import', detail_json: JSON.stringify({ reason: 'paid', importId: done.importId }) }]);
    core.close();
  });

  it('a paid amount lower than the ledger’s is kept as the ledger has it, with a warning', async () => {
    const core = await kit.core();
    await importFile(core, kit.xlsx([ROW_A]));
    await must(core, 'payments.add', { customerId: customerId(core, 'C1'), amountCents: 30000 });
    const p = await must(core, 'import.preview', { path: kit.xlsx([ROW_A]) });
    expect(p.rows.unchanged).toBe(1);
    expect(p.warnings).toEqual([expect.objectContaining({ row: 2, reason: 'paid_below_ledger' })]);
    core.close();
  });

  it('identical duplicate rows count once; a rejected row stays out while the valid rows commit', async () => {
    const core = await kit.core();
    const bad = ['C3', '丙工厂', '13700137000', 'X-9', '2026-10-01', '2026-11-01', '壹佰元', '0'];
    const done = await importFile(core, kit.xlsx([ROW_A, ROW_A, bad, ROW_B]));
    expect(done.rows).toEqual({ read: 4, created: 2, updated: 0, unchanged: 0, skipped: 1, rejected: 1 });
    expect(done.skipped).toEqual([expect.objectContaining({ row: 3, reason: 'duplicate_row' })]);
    expect(done.rejected).toEqual([{ row: 4, reason: 'invalid_amount', message: expect.stringContaining('壹佰元'), cells: bad }]);
    expect(countRows(core, 'invoices')).toBe(2);
    expect(core.database.prepare(`SELECT COUNT(*) AS n FROM customers WHERE code = 'C3'`).get()).toEqual({ n: 0 });
    core.close();
  });

  it('matches a customer without a code by name and mobile, and gives reference-less rows a stable derived reference', async () => {
    const core = await kit.core();
    const header = ['客户名称', '手机', '到期日', '金额'];
    const rows = [['丁店', '138 0013 8001', '2026-11-01', '88'], ['丁 店', '+86 13800138001', '2026-11-09', '99']];
    const first = await importFile(core, kit.xlsx(rows, header));
    expect(first.rows.created).toBe(2);
    expect(countRows(core, 'customers')).toBe(1);
    const refs = core.database.prepare('SELECT reference FROM invoices ORDER BY id').all();
    expect(refs).toEqual([{ reference: 'AUTO-2026-11-01-8800' }, { reference: 'AUTO-2026-11-09-9900' }]);
    const again = await importFile(core, kit.xlsx(rows, header));
    expect(again.rows).toMatchObject({ created: 0, unchanged: 2 });
    core.close();
  });

  it('remembers a corrected mapping for the file layout and applies it next time', async () => {
    const core = await kit.core();
    const header = ['客户名称', '手机', '单据编号', '到期日', '金额', '调整后金额'];
    const path = kit.xlsx([['戊公司', '13600136000', 'W-1', '2026-11-01', '100', '80']], header);
    const auto = await must(core, 'import.preview', { path });
    expect(auto).toMatchObject({ mappingSource: 'auto', mapping: { amount: 4 } });
    const corrected = await must(core, 'import.preview', { path, mapping: { ...auto.mapping, amount: 5 } });
    expect(corrected.mappingSource).toBe('user');
    await must(core, 'import.commit', { token: corrected.token });
    expect(core.database.prepare('SELECT amount_cents FROM invoices').get()).toEqual({ amount_cents: 8000 });
    const next = await must(core, 'import.preview', { path: kit.xlsx([['戊公司', '13600136000', 'W-2', '2026-12-01', '300', '250']], header) });
    expect(next).toMatchObject({ mappingSource: 'remembered', mapping: { amount: 5 }, layoutKey: auto.layoutKey });
    core.close();
  });

  it('commit re-plans when the ledger changed after the preview (no stale plan, no duplicate customer)', async () => {
    const core = await kit.core();
    const p = await must(core, 'import.preview', { path: kit.xlsx([ROW_A]) });
    expect(p.rows.created).toBe(1);
    await must(core, 'customers.add', { name: '甲公司', code: 'C1', mobile: '13800138000' });
    const done = await must(core, 'import.commit', { token: p.token });
    expect(done.rows).toMatchObject({ created: 1, rejected: 0 });
    expect(countRows(core, 'customers')).toBe(1);
    expect(core.database.prepare('SELECT c.code FROM invoices i JOIN customers c ON c.id = i.customer_id').all()).toEqual([{ code: 'C1' }]);
    core.close();
  });

  it('a large re-import (the bulk invoice lookup) is all unchanged, and finds the one changed amount', async () => {
    const core = await kit.core();
    const rows = Array.from({ length: 2500 }, (_, i) => [`K${i % 500}`, `客户${i % 500}`, `1380000${String(i % 500).padStart(4, '0')}`, `R-${i}`, '2026-10-01', '2026-11-01', String(100 + i), '0']);
    const first = await importFile(core, kit.xlsx(rows));
    expect(first.rows).toMatchObject({ created: 2500, rejected: 0 });
    expect(countRows(core, 'customers')).toBe(500);
    const changed = rows.map((r, i) => (i === 1234 ? [...r.slice(0, 6), '9999', '0'] : r));
    const p = await must(core, 'import.preview', { path: kit.xlsx(changed) });
    expect(p.rows).toMatchObject({ created: 0, updated: 1, unchanged: 2499 });
    core.close();
  });

  it('inserts new invoices in file order, whole batches and the rest alike, next to updates of existing ones', async () => {
    const core = await kit.core();
    await importFile(core, kit.xlsx([ROW_A]));
    const rows = Array.from({ length: 123 }, (_, i) => [`K${i % 7}`, `客户${i % 7}`, '13800138000', `N-${i}`, '2026-10-01', '2026-11-01', String(100 + i), i % 3 === 0 ? String(100 + i) : '0']);
    const result = await importFile(core, kit.xlsx([...rows.slice(0, 60), [...ROW_A.slice(0, 6), '2000', '0'], ...rows.slice(60)]));
    expect(result.rows).toMatchObject({ created: 123, updated: 1, rejected: 0 });
    const invoices = core.database.prepare('SELECT reference, amount_cents, paid_cents, status, paid_at FROM invoices ORDER BY id').all() as {
      reference: string; amount_cents: number; paid_cents: number; status: string; paid_at: string | null;
    }[];
    expect(invoices.map((r) => r.reference)).toEqual(['A-1', ...rows.map((r) => r[3])]);
    expect(invoices[0]).toMatchObject({ amount_cents: 200000, status: 'open' });
    rows.forEach((_row, i) => {
      const paid = i % 3 === 0;
      expect(invoices[i + 1]).toMatchObject({ amount_cents: (100 + i) * 100, paid_cents: paid ? (100 + i) * 100 : 0, status: paid ? 'paid' : 'open' });
      expect(invoices[i + 1]?.paid_at === null).toBe(!paid);
    });
    core.close();
  });

  it('refuses an expired token and an unreadable file with a clear error', async () => {
    const core = await kit.core();
    const res = await core.call('import.commit', { token: 'no-such-token-0000' }, 'en');
    expect(res).toMatchObject({ ok: false, error: { code: 'import_session_expired' } });
    const missing = await core.call('import.preview', { path: '/nonexistent/ledger.xlsx' }, 'zh-CN');
    expect(missing).toMatchObject({ ok: false, error: { code: 'import_unreadable' } });
    core.close();
  });
});
