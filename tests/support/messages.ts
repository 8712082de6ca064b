// Queue fixtures: customers and invoices through the core's contract (so they are what the app
// would have written), messages inserted directly in the state a test needs.
import type { Core } from '../../electron/core/core';
import type { Db } from '../../electron/ledger/db';
import type { MessageStage, MessageState } from '../../electron/planner/types';
import { must } from './core';

export interface DebtorOptions {
  name?: string;
  mobile?: string;
  timezone?: string | null;
  dueDate?: string;
  amountCents?: number;
}

/** A customer owing one overdue invoice (due the day before the default test day, 2026-11-30). */
export async function addDebtor(core: Core, opts: DebtorOptions = {}): Promise<{ customerId: number; invoiceId: number; mobile: string }> {
  const { customer } = await must(core, 'customers.add', {
    name: opts.name ?? 'Debtor',
    mobile: opts.mobile ?? '+8613800138000',
    timezone: opts.timezone ?? null,
  });
  const { invoice } = await must(core, 'invoices.add', {
    customerId: customer.id,
    reference: `INV-${customer.id}`,
    dueDate: opts.dueDate ?? '2026-11-29',
    amountCents: opts.amountCents ?? 10_000,
  });
  return { customerId: customer.id, invoiceId: invoice.id, mobile: customer.mobile ?? '' };
}

export interface MessageOptions {
  customerId: number;
  to: string;
  state?: MessageState;
  stage?: MessageStage;
  planDate?: string;
  text?: string;
  invoiceIds?: number[];
  createdAt?: string;
  nextAttemptAt?: string | null;
  attempts?: number;
  providerId?: string | null;
}

export function insertMessage(db: Db, o: MessageOptions): number {
  const created = o.createdAt ?? '2026-11-30T02:00:00.000Z'; // 10:00 in Shanghai
  const res = db
    .prepare(
      `INSERT INTO messages (customer_id, plan_date, stage, to_number, text, parts, encoding, invoice_ids_json, state, attempts,
        next_attempt_at, provider_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 'UCS-2', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      o.customerId,
      o.planDate ?? '2026-11-30',
      o.stage ?? 'reminder1',
      o.to,
      o.text ?? '您好，您的账款已逾期，请尽快处理。',
      JSON.stringify(o.invoiceIds ?? []),
      o.state ?? 'queued',
      o.attempts ?? 0,
      o.nextAttemptAt ?? null,
      o.providerId ?? null,
      created,
      created,
    );
  return Number(res.lastInsertRowid);
}

export const stateOf = (db: Db, id: number): string =>
  (db.prepare('SELECT state FROM messages WHERE id = ?').get(id) as { state: string }).state;

export const rowOf = (db: Db, id: number) =>
  db.prepare('SELECT state, reason, attempts, next_attempt_at, provider_id, sent_at, delivered_at, connector FROM messages WHERE id = ?').get(id) as {
    state: string;
    reason: string | null;
    attempts: number;
    next_attempt_at: string | null;
    provider_id: string | null;
    sent_at: string | null;
    delivered_at: string | null;
    connector: string | null;
  };

export const eventsOf = (db: Db, id: number) =>
  db.prepare('SELECT from_state, to_state, actor, detail_json FROM message_events WHERE message_id = ? ORDER BY id').all(id) as {
    from_state: string | null;
    to_state: string;
    actor: string;
    detail_json: string;
  }[];

/** A ledger file with `n` customers, each owing one overdue invoice and one queued reminder. */
export async function seedQueuedLedger(core: Core, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = await addDebtor(core, { name: `客户${i}`, mobile: `+86139${String(i).padStart(8, '0')}` });
    ids.push(insertMessage(core.database, { customerId: d.customerId, to: d.mobile, invoiceIds: [d.invoiceId] }));
  }
  return ids;
}
