// A payment found by an import stops that customer's reminders once nothing is owed: planned or
// queued reminder messages (not payment confirmations) are cancelled with reason 'paid', each
// with an audit event by actor 'import'. Their before-images go to import_changes for undo.
import type { Db } from '../ledger/db';

const REMINDER_STAGES = `('reminder1', 'reminder2', 'final')`;

export function openBalance(db: Db, customerId: number): number {
  return (
    db.prepare(`SELECT COALESCE(SUM(amount_cents - paid_cents), 0) AS b FROM invoices WHERE customer_id = ? AND status = 'open'`).get(customerId) as {
      b: number;
    }
  ).b;
}

/** Planned/queued reminders of these customers (for the preview's estimate). */
export function countPendingReminders(db: Db, customerIds: readonly number[]): number {
  const stmt = db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE customer_id = ? AND state IN ('planned', 'queued') AND stage IN ${REMINDER_STAGES}`);
  return customerIds.reduce((n, id) => n + (stmt.get(id) as { n: number }).n, 0);
}

interface MessageRow {
  id: number;
  state: string;
  reason: string | null;
  updated_at: string;
}

export function cancelPaidReminders(db: Db, customerIds: Iterable<number>, importId: number, nowIso: string): number {
  const pending = db.prepare(
    `SELECT id, state, reason, updated_at FROM messages WHERE customer_id = ? AND state IN ('planned', 'queued') AND stage IN ${REMINDER_STAGES}`,
  );
  const cancel = db.prepare(`UPDATE messages SET state = 'cancelled', reason = 'paid', updated_at = ? WHERE id = ?`);
  const event = db.prepare(
    `INSERT INTO message_events (message_id, at, from_state, to_state, actor, detail_json) VALUES (?, ?, ?, 'cancelled', 'import', ?)`,
  );
  const change = db.prepare(`INSERT INTO import_changes (import_id, entity, entity_id, before_json) VALUES (?, 'message', ?, ?)`);
  let cancelled = 0;
  for (const customerId of customerIds) {
    if (openBalance(db, customerId) > 0) continue;
    for (const m of pending.all(customerId) as MessageRow[]) {
      change.run(importId, m.id, JSON.stringify({ state: m.state, reason: m.reason, updated_at: m.updated_at }));
      cancel.run(nowIso, m.id);
      event.run(m.id, nowIso, m.state, JSON.stringify({ reason: 'paid', importId }));
      cancelled++;
    }
  }
  return cancelled;
}
