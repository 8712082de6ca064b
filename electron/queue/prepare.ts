// One due message, one IMMEDIATE transaction: re-check it and, if it may leave, mark it `sending`
// (committed before the connector is called). Holding the write lock across the check means a
// payment or an opt-out recorded by another process lands either before the check or after the
// message was already in flight — never in between.

import type { Settings } from '../../shared/settings';
import type { Db } from '../ledger/db';
import { gateMessage } from './gate';
import { holdsLease } from './lease';
import { ACTOR, type InFlight } from './outcomes';
import { getRow, type QueueRow } from './repo';
import { type Changed, transition } from './transitions';

export type Prepared =
  | { kind: 'send'; msg: QueueRow; inFlight: InFlight }
  | { kind: 'skipped'; change: Changed | null }
  | { kind: 'lease_lost' };

export function prepareSend(db: Db, id: number, holder: string, now: Date, settings: Settings, connector: string): Prepared {
  const run = db.transaction((): Prepared => {
    if (!holdsLease(db, holder)) return { kind: 'lease_lost' };
    const msg = getRow(db, id);
    // Cancelled, approved elsewhere or already handled since it was picked: nothing to do.
    if (msg?.state !== 'queued') return { kind: 'skipped', change: null };
    const base = { id, actor: ACTOR, at: now, from: ['queued'] as const };
    const gate = gateMessage(db, msg, now, settings);
    switch (gate.kind) {
      case 'expire':
        return { kind: 'skipped', change: transition(db, { ...base, to: 'expired', reason: 'window_passed', detail: { deadline: gate.deadline }, set: { nextAttemptAt: null } }) };
      case 'cancel':
        return { kind: 'skipped', change: transition(db, { ...base, to: 'cancelled', reason: gate.reason, detail: { ...gate.detail }, set: { nextAttemptAt: null } }) };
      case 'wait': {
        const until = gate.until.toISOString();
        // Already waiting for this opening: no new audit event for the same decision.
        if (msg.nextAttemptAt === until) return { kind: 'skipped', change: null };
        return { kind: 'skipped', change: transition(db, { ...base, to: 'queued', reason: gate.reason, set: { nextAttemptAt: until } }) };
      }
      case 'send': {
        const attempts = msg.attempts + 1;
        // The audit log keeps exactly what was handed to the connector, and to whom.
        const detail = { to: msg.to, text: msg.text };
        transition(db, { ...base, to: 'sending', reason: null, set: { attempts, connector }, detail });
        return { kind: 'send', msg, inFlight: { id, attempts, connector } };
      }
    }
  });
  return run.immediate();
}
