// The moment-of-sending check (cadence.md "When a message may leave"): its day's window passed →
// expired; outside the customer's allowed hours → wait for the next opening; then every planning
// rule again (paid since? opted out since? caps?) → cancelled with the rule's reason.

import { dateInZone } from '../../shared/dates';
import type { Settings } from '../../shared/settings';
import type { Db } from '../ledger/db';
import { loadCustomerFacts } from '../planner/facts-repo';
import { customerZone, sendDeadline, sendWindow, type WindowOptions } from '../planner/hours';
import { policyFromSettings } from '../planner/policy';
import { recheckMessage } from '../planner/recheck';
import type { ExclusionDetail } from '../planner/types';
import type { QueueRow } from './repo';

export type Gate =
  | { kind: 'send' }
  | { kind: 'expire'; deadline: string | null }
  | { kind: 'wait'; until: Date; reason: 'quiet_hours' }
  | { kind: 'cancel'; reason: string; detail?: ExclusionDetail & { to?: string; mobile?: string | null } };

interface CustomerHours {
  timezone: string | null;
  contact_hours_start: string | null;
  contact_hours_end: string | null;
}

export function gateMessage(db: Db, msg: QueueRow, now: Date, settings: Settings): Gate {
  const c = db
    .prepare('SELECT timezone, contact_hours_start, contact_hours_end FROM customers WHERE id = ?')
    .get(msg.customerId) as CustomerHours | undefined;
  if (!c) return { kind: 'cancel', reason: 'missing_data' };
  const tz = customerZone(c.timezone, settings.timezone);
  const opts: WindowOptions = {
    start: settings['hours.start'],
    end: settings['hours.end'],
    customerStart: c.contact_hours_start,
    customerEnd: c.contact_hours_end,
  };

  // The message's day is the one it was planned for; it may leave until that day's window closes.
  const deadline = sendDeadline(new Date(msg.createdAt), tz, opts);
  if (!deadline || now >= deadline) return { kind: 'expire', deadline: deadline?.toISOString() ?? null };
  const window = sendWindow(now, tz, opts);
  if (!window.allowed) {
    const opening = window.nextOpening ?? deadline;
    return { kind: 'wait', until: new Date(Math.min(opening.getTime(), deadline.getTime())), reason: 'quiet_hours' };
  }

  const facts = loadCustomerFacts(db, settings.timezone, [msg.customerId]).get(msg.customerId);
  if (!facts) return { kind: 'cancel', reason: 'missing_data' };
  const check = recheckMessage(facts, msg.id, dateInZone(now, settings.timezone), policyFromSettings(settings));
  if (!check.ok) return { kind: 'cancel', reason: check.reason, detail: check.detail };
  // The number changed since planning: the text was written for that customer, not that number.
  if (facts.mobile !== msg.to) return { kind: 'cancel', reason: 'missing_data', detail: { to: msg.to, mobile: facts.mobile } };
  return { kind: 'send' };
}
