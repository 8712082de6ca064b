// The human controls: approve a plan, cancel, resolve an uncertain send. Each message is its own
// transition (its own transaction and audit event); one that moved on meanwhile (a worker picked
// it up) is reported as refused, never forced.

import { AppError } from '../../shared/errors';
import type { Db } from '../ledger/db';
import { writeSetting } from '../ledger/settings-repo';
import type { MessageState } from '../planner/types';
import { idsInState } from './repo';
import { type Change, tryTransition } from './transitions';
import './errors';

export interface BatchResult {
  done: number[];
  refused: { id: number; state: MessageState | null }[];
}

// The batch runs inside one outer transaction (each message's transition becomes a savepoint):
// approving a 100,000-message plan is one commit, not 100,000.
function batch(db: Db, ids: number[], change: (id: number) => Change): BatchResult {
  return db.transaction(() => batchEach(db, ids, change))();
}

function batchEach(db: Db, ids: number[], change: (id: number) => Change): BatchResult {
  const out: BatchResult = { done: [], refused: [] };
  for (const id of ids) {
    try {
      if (tryTransition(db, change(id))) out.done.push(id);
      else out.refused.push({ id, state: (db.prepare('SELECT state FROM messages WHERE id = ?').get(id) as { state: MessageState }).state });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'message_not_found')) throw err;
      out.refused.push({ id, state: null });
    }
  }
  return out;
}

export function approveMessages(db: Db, ids: number[], actor: string, at: Date): BatchResult {
  return batch(db, ids, (id) => ({ id, to: 'queued', from: ['planned'], actor, at, reason: null, set: { nextAttemptAt: null } }));
}

/** Cancels what has not started (planned or queued); `all` takes every such message. */
export function cancelMessages(db: Db, sel: { ids?: number[]; all?: boolean }, actor: string, at: Date): BatchResult {
  const ids = sel.all ? idsInState(db, ['planned', 'queued']) : (sel.ids ?? []);
  if (!sel.all && ids.length === 0) throw new AppError('nothing_to_cancel');
  return batch(db, ids, (id) => ({ id, to: 'cancelled', from: ['planned', 'queued'], actor, at, reason: 'user', set: { nextAttemptAt: null } }));
}

/** A human decides an uncertain send: it did leave ("mark as sent") or it did not ("send again"). */
export function resolveUncertain(db: Db, id: number, action: 'mark_sent' | 'send_again', actor: string, at: Date): void {
  const base = { id, from: ['uncertain'] as const, actor, at, reason: null, detail: { resolution: action } };
  if (action === 'mark_sent') tryOrThrow(db, { ...base, to: 'sent', set: { sentAt: at.toISOString() } });
  else tryOrThrow(db, { ...base, to: 'queued', set: { nextAttemptAt: null } });
}

function tryOrThrow(db: Db, change: Change): void {
  if (!tryTransition(db, change)) {
    const row = db.prepare('SELECT state FROM messages WHERE id = ?').get(change.id) as { state: string };
    throw new AppError('illegal_transition', { id: change.id, from: row.state, to: change.to });
  }
}

export function setPaused(db: Db, paused: boolean): void {
  db.transaction(() => writeSetting(db, 'queue.paused', paused))();
}
