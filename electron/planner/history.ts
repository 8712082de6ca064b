// How each past message counts. The planner must never message a customer more often than the
// rules allow, so anything that may have reached the phone counts as a contact; only messages that
// certainly reached nobody are "missed" and may be planned again (once).

import { dateInZone } from '../../shared/dates';
import type { MessageFact, ReminderStage } from './types';

export interface Contact {
  message: MessageFact;
  stage: ReminderStage;
  /** Business-tz day it went out (or, still in flight, the day it was planned). */
  date: string;
  /** Epoch ms of sentAt when known; used against rearmedAt. */
  at: number | null;
}

export interface ReminderHistory {
  /** sent, delivered, uncertain (may have left), sending/queued (in flight, e.g. waiting for 08:00). */
  contacts: Contact[];
  /** expired or failed: reached nobody. */
  missed: MessageFact[];
}

const isReminder = (m: MessageFact): m is MessageFact & { stage: ReminderStage } => m.stage !== 'confirmation';

/**
 * Classifies reminder messages as of a day. Ignored: cancelled ones (the user or a rule stopped
 * them), `planned` ones from earlier days (a plan never approved is not an attempt), and anything
 * planned or sent after the as-of day (planning "as of" an earlier date replays that day).
 */
export function reminderHistory(messages: MessageFact[], asOf: string, timeZone: string): ReminderHistory {
  const contacts: Contact[] = [];
  const missed: MessageFact[] = [];
  for (const m of messages) {
    if (!isReminder(m) || m.planDate > asOf) continue;
    const at = m.sentAt ? Date.parse(m.sentAt) : null;
    const date = at !== null && !Number.isNaN(at) ? dateInZone(new Date(at), timeZone) : m.planDate;
    if (date > asOf) continue;
    switch (m.state) {
      case 'sent':
      case 'delivered':
      case 'uncertain':
      case 'sending':
      case 'queued':
        contacts.push({ message: m, stage: m.stage, date, at: at !== null && !Number.isNaN(at) ? at : null });
        break;
      case 'expired':
      case 'failed':
        missed.push(m);
        break;
      case 'planned':
        if (m.planDate === asOf) contacts.push({ message: m, stage: m.stage, date, at: null });
        break;
      case 'cancelled':
        break;
    }
  }
  contacts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { contacts, missed };
}

/** Confirmations: only a message that may really have reached the phone proves a reminder "was sent". */
export function wasSent(c: Contact): boolean {
  return c.message.state === 'sent' || c.message.state === 'delivered' || c.message.state === 'uncertain';
}
