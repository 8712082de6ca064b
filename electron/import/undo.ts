// Undoing an import. Allowed only while nothing depends on it:
//  1. it is the latest import not yet undone (later imports built on its rows);
//  2. no message was created, on or after the import, for a customer it touched (a reminder may
//     already have been planned or sent on the imported amounts);
//  3. no payment from outside this import was recorded since on a customer it touched;
//  4. no customer, invoice or cancelled message it touched was changed since (edited by hand).
// Then, in one transaction: cancelled reminders go back to their state (with an audit event),
// its payments are deleted, updated rows get their before-images back, and the customers and
// invoices it created are deleted. The imports row stays, marked undone_at.
import { AppError } from '../../shared/errors';
import type { Db } from '../ledger/db';
import './commit-messages';

interface ImportHead {
  id: number;
  created_at: string;
  undone_at: string | null;
}

interface Change {
  entity: 'customer' | 'invoice' | 'message';
  entity_id: number;
  before_json: string;
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

// Touched customers and invoices of one import, as SQL sub-selects on @id.
const TOUCHED_INVOICES = `(SELECT id FROM invoices WHERE source_import_id = @id
  UNION SELECT entity_id FROM import_changes WHERE import_id = @id AND entity = 'invoice')`;
const TOUCHED_CUSTOMERS = `(SELECT id FROM customers WHERE source_import_id = @id
  UNION SELECT entity_id FROM import_changes WHERE import_id = @id AND entity = 'customer'
  UNION SELECT customer_id FROM invoices WHERE id IN ${TOUCHED_INVOICES})`;

/** Why this import cannot be undone, or null when it can. */
export function undoBlocker(db: Db, importId: number): AppError | null {
  const imp = db.prepare('SELECT id, created_at, undone_at FROM imports WHERE id = ?').get(importId) as ImportHead | undefined;
  if (!imp) return new AppError('import_not_found', { id: importId });
  if (imp.undone_at) return new AppError('import_already_undone', { id: importId });
  const latest = (db.prepare('SELECT MAX(id) AS id FROM imports WHERE undone_at IS NULL').get() as { id: number }).id;
  if (latest !== importId) return new AppError('import_undo_not_latest', { latest });
  const p = { id: importId, at: imp.created_at };
  const messages = count(db, `SELECT COUNT(*) AS n FROM messages WHERE created_at >= @at AND customer_id IN ${TOUCHED_CUSTOMERS}`, p);
  if (messages > 0) return new AppError('import_undo_messages_since', { count: messages });
  const payments = count(
    db,
    `SELECT COUNT(*) AS n FROM payments WHERE source_import_id IS NOT @id AND created_at >= @at AND customer_id IN ${TOUCHED_CUSTOMERS}`,
    p,
  );
  if (payments > 0) return new AppError('import_undo_payments_since', { count: payments });
  const edited =
    count(db, `SELECT COUNT(*) AS n FROM customers WHERE updated_at > @at AND id IN ${TOUCHED_CUSTOMERS}`, p) +
    count(db, `SELECT COUNT(*) AS n FROM invoices WHERE updated_at > @at AND id IN ${TOUCHED_INVOICES}`, p) +
    count(
      db,
      `SELECT COUNT(*) AS n FROM messages WHERE updated_at > @at AND id IN (SELECT entity_id FROM import_changes WHERE import_id = @id AND entity = 'message')`,
      p,
    );
  if (edited > 0) return new AppError('import_undo_edited_since', { count: edited });
  return null;
}

export function undoImport(db: Db, importId: number, nowIso: string): void {
  db.transaction(() => {
    const blocker = undoBlocker(db, importId);
    if (blocker) throw blocker;
    const changes = db.prepare('SELECT entity, entity_id, before_json FROM import_changes WHERE import_id = ? ORDER BY id DESC').all(importId) as Change[];
    const of = (e: Change['entity']) => changes.filter((c) => c.entity === e);
    const event = db.prepare(
      `INSERT INTO message_events (message_id, at, from_state, to_state, actor, detail_json) VALUES (?, ?, 'cancelled', ?, 'import', ?)`,
    );
    for (const m of of('message')) {
      const before = restore(db, 'messages', m);
      event.run(m.entity_id, nowIso, String(before.state), JSON.stringify({ undoImport: importId }));
    }
    try {
      db.prepare('DELETE FROM payments WHERE source_import_id = ?').run(importId);
      for (const c of of('invoice')) restore(db, 'invoices', c);
      db.prepare('DELETE FROM invoices WHERE source_import_id = ?').run(importId);
      for (const c of of('customer')) restore(db, 'customers', c);
      db.prepare('DELETE FROM customers WHERE source_import_id = ?').run(importId);
    } catch (err) {
      // A foreign key from a record we do not track (e.g. an inbound reply matched to a new customer).
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('import_undo_blocked', { detail: (err as Error).message });
      throw err;
    }
    db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(nowIso, importId);
  }).immediate();
}

const columnCache = new Map<string, Set<string>>();
function columns(db: Db, table: string): Set<string> {
  let cols = columnCache.get(table);
  if (!cols) {
    cols = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
    columnCache.set(table, cols);
  }
  return cols;
}

/** Writes a before-image back, column by column (only real columns of the table). */
function restore(db: Db, table: 'customers' | 'invoices' | 'messages', c: Change): Record<string, unknown> {
  const before = JSON.parse(c.before_json) as Record<string, unknown>;
  const known = columns(db, table);
  const keys = Object.keys(before).filter((k) => k !== 'id' && known.has(k));
  db.prepare(`UPDATE ${table} SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => before[k] ?? null), c.entity_id);
  return before;
}
