// The message state machine of DESIGN.md. Every change is one SQLite transaction that updates the
// row (only from a state the graph allows, checked again in the WHERE clause) and appends its
// audit event — so the log can never disagree with the row, and an illegal move writes nothing.

import { AppError } from '../../shared/errors';
import type { Db } from '../ledger/db';
import { isoUtc } from '../ledger/time';
import type { MessageState } from '../planner/types';
import './errors';

export const MESSAGE_STATES: readonly MessageState[] = [
  'planned',
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'cancelled',
  'expired',
  'uncertain',
];

/** Allowed moves. queued→queued: a retry or a wait for the allowed hours (new next_attempt_at). */
export const TRANSITIONS: Readonly<Record<MessageState, readonly MessageState[]>> = {
  planned: ['queued', 'cancelled', 'expired'],
  queued: ['queued', 'sending', 'cancelled', 'expired'],
  // sending→queued: a transient failure (it did not leave); →uncertain: unknown whether it left.
  sending: ['sent', 'queued', 'failed', 'uncertain'],
  sent: ['delivered', 'failed'],
  // Only a human resolves these: "mark as sent" or "send again".
  uncertain: ['sent', 'queued'],
  delivered: [],
  failed: [],
  cancelled: [],
  expired: [],
};

export const canTransition = (from: MessageState, to: MessageState): boolean => TRANSITIONS[from].includes(to);

/** Columns a transition may set besides state/reason (camelCase → column). */
const COLUMNS = {
  attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at',
  connector: 'connector',
  providerId: 'provider_id',
  sentAt: 'sent_at',
  deliveredAt: 'delivered_at',
  parts: 'parts',
} as const;
export type TransitionFields = Partial<Record<keyof typeof COLUMNS, string | number | null>>;

export interface Change {
  id: number;
  to: MessageState;
  /** Who: 'queue' (the worker), 'user@cli', 'user@electron', 'planner', … */
  actor: string;
  at: Date;
  /** Restricts the sources further than the graph does (e.g. cancel only from planned/queued). */
  from?: readonly MessageState[];
  /** Stored on the row (null clears it) and in the event. */
  reason?: string | null;
  /** Outcome, provider answer, … — the audit event's detail JSON. */
  detail?: Record<string, unknown>;
  set?: TransitionFields;
}

export interface Changed {
  id: number;
  from: MessageState;
  to: MessageState;
}

/** Applies one change atomically; throws `illegal_transition` (nothing written) when not allowed. */
export function transition(db: Db, change: Change): Changed {
  const run = db.transaction((): Changed => {
    const row = db.prepare('SELECT state FROM messages WHERE id = ?').get(change.id) as { state: MessageState } | undefined;
    if (!row) throw new AppError('message_not_found', { id: change.id });
    const sources = MESSAGE_STATES.filter((s) => canTransition(s, change.to) && (!change.from || change.from.includes(s)));
    const refuse = () => new AppError('illegal_transition', { id: change.id, from: row.state, to: change.to });
    if (!sources.includes(row.state)) throw refuse();

    const at = isoUtc(change.at);
    const sets = ['state = ?', 'updated_at = ?'];
    const params: (string | number | null)[] = [change.to, at];
    if (change.reason !== undefined) {
      sets.push('reason = ?');
      params.push(change.reason);
    }
    for (const [key, value] of Object.entries(change.set ?? {})) {
      sets.push(`${COLUMNS[key as keyof typeof COLUMNS]} = ?`);
      params.push(value ?? null);
    }
    const placeholders = sources.map(() => '?').join(', ');
    const res = db
      .prepare(`UPDATE messages SET ${sets.join(', ')} WHERE id = ? AND state IN (${placeholders})`)
      .run(...params, change.id, ...sources);
    if (res.changes !== 1) throw refuse();

    const detail = { ...(change.reason ? { reason: change.reason } : {}), ...(change.set ?? {}), ...(change.detail ?? {}) };
    db.prepare('INSERT INTO message_events (message_id, at, from_state, to_state, actor, detail_json) VALUES (?, ?, ?, ?, ?, ?)').run(
      change.id,
      at,
      row.state,
      change.to,
      change.actor,
      JSON.stringify(detail),
    );
    return { id: change.id, from: row.state, to: change.to };
  });
  // IMMEDIATE: the write lock is taken before the read, so no other process changes the row between.
  return run.immediate();
}

/** Like transition(), but returns null instead of throwing when the message moved on meanwhile. */
export function tryTransition(db: Db, change: Change): Changed | null {
  try {
    return transition(db, change);
  } catch (err) {
    if (err instanceof AppError && err.code === 'illegal_transition') return null;
    throw err;
  }
}
