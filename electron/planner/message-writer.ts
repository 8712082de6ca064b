import type { Hint } from '../../shared/compliance/types';
import type { Db } from '../ledger/db';
import type { MessageStage } from './types';

export interface PlannedRow {
  customerId: number;
  stage: MessageStage;
  to: string;
  text: string;
  parts: number;
  encoding: 'GSM-7' | 'UCS-2';
  templateId: number | null;
  templateVersion: number | null;
  amountCents: number;
  invoiceIds: number[];
  hints: Hint[];
}

const CHUNK = 50;
const COLUMNS = `customer_id, plan_date, stage, to_number, text, parts, encoding, template_id, template_version,
  amount_cents, invoice_ids_json, state, created_at, updated_at`;

/**
 * Stores planned messages 50 to a statement (a 100,000-customer plan is mostly insert cost), each
 * with its 'planned' audit event. INSERT OR IGNORE keeps planning idempotent: a message that already
 * exists for the customer, day and stage is left as it is and gets no second event.
 * Call inside the plan's transaction; returns the hints of the messages it created, by id.
 */
export function writePlannedMessages(db: Db, rows: PlannedRow[], asOf: string, nowIso: string): Map<number, Hint[]> {
  const created = new Map<number, Hint[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = chunk.map(() => `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)`).join(', ');
    const params = chunk.flatMap((r) => [
      r.customerId,
      asOf,
      r.stage,
      r.to,
      r.text,
      r.parts,
      r.encoding,
      r.templateId,
      r.templateVersion,
      r.amountCents,
      JSON.stringify(r.invoiceIds),
      nowIso,
      nowIso,
    ]);
    const inserted = db
      .prepare(`INSERT OR IGNORE INTO messages (${COLUMNS}) VALUES ${values} RETURNING id, customer_id, stage`)
      .all(...params) as { id: number; customer_id: number; stage: MessageStage }[];
    if (inserted.length === 0) continue;
    const byKey = new Map(chunk.map((r) => [`${r.customerId}|${r.stage}`, r]));
    const events = inserted.map(() => `(?, ?, NULL, 'planned', 'planner', ?)`).join(', ');
    const eventParams: (number | string)[] = [];
    for (const m of inserted) {
      const row = byKey.get(`${m.customer_id}|${m.stage}`)!;
      created.set(m.id, row.hints);
      eventParams.push(m.id, nowIso, JSON.stringify({ asOf, templateVersion: row.templateVersion }));
    }
    db.prepare(`INSERT INTO message_events (message_id, at, from_state, to_state, actor, detail_json) VALUES ${events}`).run(...eventParams);
  }
  return created;
}
