// What the connector answered → the message's next state. Transient failures go back to the
// queue with backoff until queue.maxAttempts; permanent ones fail that message only (one bad
// number never blocks the queue); a rejected send() is `uncertain` and is never retried alone.

import type { Db } from '../ledger/db';
import type { DeliveryReport, SendOutcome } from '../sms/connector';
import { findByProviderId } from './repo';
import { backoffMs } from './throttle';
import { type Changed, tryTransition } from './transitions';

export const ACTOR = 'queue';

export interface InFlight {
  id: number;
  /** Attempts including this one. */
  attempts: number;
  connector: string;
}

export function applyOutcome(db: Db, msg: InFlight, outcome: SendOutcome, now: Date, maxAttempts: number): Changed | null {
  const base = { id: msg.id, actor: ACTOR, at: now };
  if (outcome.outcome === 'sent') {
    const set = { providerId: outcome.providerId, sentAt: now.toISOString(), parts: outcome.parts, nextAttemptAt: null };
    const detail = { outcome: 'sent', connector: msg.connector };
    // A worker that lost its lease may find its message already marked uncertain by the next one:
    // the provider's answer settles it (reconciliation), it is not a re-send.
    return tryTransition(db, { ...base, to: 'sent', from: ['sending'], reason: null, set, detail }) ??
      tryTransition(db, { ...base, to: 'sent', from: ['uncertain'], reason: null, set, detail: { ...detail, reconciled: true } });
  }
  const detail = { outcome: outcome.outcome, code: outcome.code, answer: outcome.detail, connector: msg.connector };
  if (outcome.outcome === 'permanent' || msg.attempts >= maxAttempts) {
    return tryTransition(db, { ...base, to: 'failed', from: ['sending'], reason: outcome.code, detail, set: { nextAttemptAt: null } });
  }
  const retryAt = new Date(now.getTime() + backoffMs(msg.attempts, outcome.retryAfterMs)).toISOString();
  return tryTransition(db, { ...base, to: 'queued', from: ['sending'], reason: outcome.code, detail, set: { nextAttemptAt: retryAt } });
}

/** send() rejected: nobody knows whether it left. */
export function markUncertain(db: Db, id: number, error: unknown, now: Date): Changed | null {
  const detail = { outcome: 'unknown', error: error instanceof Error ? error.message : String(error) };
  return tryTransition(db, { id, to: 'uncertain', from: ['sending'], actor: ACTOR, at: now, reason: 'send_error', detail });
}

/** Delivery reports are matched by provider id; duplicates and unknown ids change nothing. */
export function applyDeliveryReport(db: Db, report: DeliveryReport, now: Date): Changed | null {
  if (report.status === 'pending') return null;
  const msg = findByProviderId(db, report.providerId);
  if (!msg) return null;
  const detail = { report: report.status, code: report.code ?? null, answer: report.detail ?? null, providerId: report.providerId };
  if (report.status === 'delivered') {
    return tryTransition(db, { id: msg.id, to: 'delivered', from: ['sent'], actor: ACTOR, at: now, detail, set: { deliveredAt: report.at.toISOString() } });
  }
  return tryTransition(db, { id: msg.id, to: 'failed', from: ['sent'], actor: ACTOR, at: now, reason: 'delivery_failed', detail });
}

/** On start: whatever was `sending` when the last worker stopped may or may not have left. */
export function recoverInFlight(db: Db, now: Date): number[] {
  const ids = (db.prepare(`SELECT id FROM messages WHERE state = 'sending'`).all() as { id: number }[]).map((r) => r.id);
  const done: number[] = [];
  for (const id of ids) {
    const ok = tryTransition(db, { id, to: 'uncertain', from: ['sending'], actor: ACTOR, at: now, reason: 'interrupted', detail: { outcome: 'unknown' } });
    if (ok) done.push(id);
  }
  return done;
}
