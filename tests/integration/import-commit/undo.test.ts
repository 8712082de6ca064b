import { describe, expect, it } from 'vitest';
import { failure, must } from '../../support/core';
import { customerId, importFile, importTestKit, insertMessage, snapshot } from './helpers';

const kit = importTestKit();
const ROW_A = ['C1', '甲公司', '13800138000', 'A-1', '2026-10-01', '2026-11-01', '1000', '0'];
const ROW_B = ['C2', '乙商行', '13900139000', 'B-1', '2026-10-05', '2026-11-05', '500.50', '0'];
// Newer week: A paid in full, B's amount and mobile changed, a new customer C.
const NEWER = [
  ['C1', '甲公司', '13800138000', 'A-1', '2026-10-01', '2026-11-01', '1000', '1000'],
  ['C2', '乙商行', '13900139999', 'B-1', '2026-10-05', '2026-11-05', '600', '0'],
  ['C3', '丙工厂', '13700137000', 'C-1', '2026-10-07', '2026-11-07', '70', '0'],
];

describe('undoing an import', () => {
  it('restores the previous state exactly: updates, payments, cancelled reminders and created rows', async () => {
    const core = await kit.core();
    await importFile(core, kit.xlsx([ROW_A, ROW_B]));
    insertMessage(core, customerId(core, 'C1'), 'queued');
    const before = snapshot(core);
    const second = await importFile(core, kit.xlsx(NEWER));
    expect(second).toMatchObject({ payments: 1, remindersCancelled: 1, rows: { created: 1, updated: 2 } });
    expect(snapshot(core)).not.toEqual(before);

    const list = await must(core, 'import.list', {});
    expect(list.imports.map((i) => [i.id, i.canUndo])).toEqual([[second.importId, true], [1, false]]);
    expect(list.imports[1]?.undoBlocked).toContain(`#${second.importId}`);

    await must(core, 'import.undo', { importId: second.importId });
    expect(snapshot(core)).toEqual(before);
    // The audit log only grows: the reminder's return to the queue is an event of its own.
    const events = core.database.prepare('SELECT from_state, to_state, actor FROM message_events ORDER BY id').all();
    expect(events).toEqual([
      { from_state: 'queued', to_state: 'cancelled', actor: 'import' },
      { from_state: 'cancelled', to_state: 'queued', actor: 'import' },
    ]);
    const again = await failure(core, 'import.undo', { importId: second.importId });
    expect(again.code).toBe('import_already_undone');
    // The first import is the latest again, but a reminder was queued on its data since.
    expect((await failure(core, 'import.undo', { importId: 1 })).code).toBe('import_undo_messages_since');
    core.close();
  });

  it('undoes a first import back to an empty ledger', async () => {
    const core = await kit.core();
    const empty = snapshot(core);
    const first = await importFile(core, kit.xlsx([ROW_A, ROW_B]));
    await must(core, 'import.undo', { importId: first.importId });
    expect(snapshot(core)).toEqual(empty);
    const list = await must(core, 'import.list', {});
    expect(list.imports[0]).toMatchObject({ id: first.importId, canUndo: false, undoBlocked: null, undoneAt: expect.any(String) });
    core.close();
  });

  it('is refused once a reminder was planned after it for a customer it touched', async () => {
    const core = await kit.core();
    const first = await importFile(core, kit.xlsx([ROW_A]));
    insertMessage(core, customerId(core, 'C1'), 'planned');
    const err = await failure(core, 'import.undo', { importId: first.importId }, 'zh-CN');
    expect(err.code).toBe('import_undo_messages_since');
    expect(err.message).toContain('无法撤销');
    core.close();
  });

  it('is refused after a manual payment on its invoices, and for an import that is not the latest', async () => {
    const core = await kit.core();
    const first = await importFile(core, kit.xlsx([ROW_A]));
    await must(core, 'payments.add', { customerId: customerId(core, 'C1'), amountCents: 100 });
    expect((await failure(core, 'import.undo', { importId: first.importId })).code).toBe('import_undo_payments_since');
    await importFile(core, kit.xlsx([ROW_B]));
    expect((await failure(core, 'import.undo', { importId: first.importId })).code).toBe('import_undo_not_latest');
    core.close();
  });

  it('is refused after a hand edit of a customer it created', async () => {
    const core = await kit.core();
    const first = await importFile(core, kit.xlsx([ROW_A]));
    await must(core, 'customers.update', { id: customerId(core, 'C1'), notes: '改过' });
    expect((await failure(core, 'import.undo', { importId: first.importId })).code).toBe('import_undo_edited_since');
    core.close();
  });
});
