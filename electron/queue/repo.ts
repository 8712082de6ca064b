// The queue's reads: what is due, counts by state, rows for the contract. Writes go through
// transitions.ts only.

import type { Db } from '../ledger/db';
import type { MessageStage, MessageState } from '../planner/types';
import { MESSAGE_STATES } from './transitions';

export interface QueueRow {
  id: number;
  customerId: number;
  customerName: string;
  to: string;
  stage: MessageStage;
  state: MessageState;
  text: string;
  parts: number;
  encoding: 'GSM-7' | 'UCS-2';
  attempts: number;
  reason: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
  connector: string | null;
  providerId: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
}

const SELECT_ROW = `SELECT m.id, m.customer_id AS customerId, c.name AS customerName, m.to_number AS "to", m.stage, m.state,
  m.text, m.parts, m.encoding, m.attempts, m.reason, m.next_attempt_at AS nextAttemptAt, m.created_at AS createdAt,
  m.updated_at AS updatedAt, m.connector, m.provider_id AS providerId, m.sent_at AS sentAt, m.delivered_at AS deliveredAt
  FROM messages m JOIN customers c ON c.id = m.customer_id`;

/** Queued messages whose time has come, oldest first. */
export function pickDue(db: Db, now: Date, limit: number): QueueRow[] {
  return db
    .prepare(
      `${SELECT_ROW} WHERE m.state = 'queued' AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= ?)
       ORDER BY coalesce(m.next_attempt_at, m.created_at), m.id LIMIT ?`,
    )
    .all(now.toISOString(), limit) as QueueRow[];
}

export function getRow(db: Db, id: number): QueueRow | null {
  return (db.prepare(`${SELECT_ROW} WHERE m.id = ?`).get(id) as QueueRow | undefined) ?? null;
}

export function listRows(db: Db, opts: { state?: MessageState; ids?: number[]; limit?: number }): QueueRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (opts.state) {
    where.push('m.state = ?');
    params.push(opts.state);
  }
  if (opts.ids) {
    where.push('m.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(opts.ids));
  }
  const sql = `${SELECT_ROW}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY m.id LIMIT ?`;
  return db.prepare(sql).all(...params, opts.limit ?? 1_000_000) as QueueRow[];
}

export type StateCounts = Record<MessageState, number>;

export function countByState(db: Db): StateCounts {
  const counts = Object.fromEntries(MESSAGE_STATES.map((s) => [s, 0])) as StateCounts;
  const rows = db.prepare('SELECT state, count(*) AS n FROM messages GROUP BY state').all() as { state: MessageState; n: number }[];
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/** The earliest moment a queued message waits for (quiet hours, backoff); null when none waits. */
export function nextAttemptAt(db: Db): string | null {
  const row = db.prepare(`SELECT min(next_attempt_at) AS at FROM messages WHERE state = 'queued'`).get() as { at: string | null };
  return row.at;
}

export function idsInState(db: Db, states: readonly MessageState[]): number[] {
  const rows = db
    .prepare('SELECT id FROM messages WHERE state IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(states)) as { id: number }[];
  return rows.map((r) => r.id);
}

export function findByProviderId(db: Db, providerId: string): { id: number; state: MessageState } | null {
  return (db.prepare('SELECT id, state FROM messages WHERE provider_id = ?').get(providerId) as { id: number; state: MessageState } | undefined) ?? null;
}

export interface EventRow {
  id: number;
  at: string;
  from: MessageState | null;
  to: MessageState;
  actor: string;
  detail: Record<string, unknown>;
}

export function eventsOf(db: Db, messageId: number): EventRow[] {
  const rows = db
    .prepare('SELECT id, at, from_state AS "from", to_state AS "to", actor, detail_json FROM message_events WHERE message_id = ? ORDER BY id')
    .all(messageId) as (Omit<EventRow, 'detail'> & { detail_json: string })[];
  return rows.map(({ detail_json, ...e }) => ({ ...e, detail: JSON.parse(detail_json) as Record<string, unknown> }));
}
