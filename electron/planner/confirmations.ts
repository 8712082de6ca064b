// Payment confirmations ("thank you, received"): for each invoice fully paid after at least one
// reminder of its episode was sent. Not reminders: no caps, no spacing, no pause/dispute check —
// but never to an opted-out or unreachable customer. One message per customer per day covers all
// newly paid invoices (the messages table is UNIQUE per customer, plan date and stage).

import { addCents } from '../../shared/money';
import { daysBetween } from '../../shared/dates';
import { contactBlock } from './eligibility';
import { episodeStartForClosed, overdueRuns } from './episode';
import { reminderHistory, wasSent } from './history';
import type { CadencePolicy, ConfirmationDecision, CustomerFacts } from './types';

export function decideConfirmations(facts: CustomerFacts, asOf: string, policy: CadencePolicy): ConfirmationDecision | null {
  if (!policy.confirmationEnabled) return null;
  const confirmations = facts.messages.filter((m) => m.stage === 'confirmation');
  const today = confirmations.find((m) => m.planDate === asOf);
  if (today) return { kind: 'existing', messageId: today.id, stage: 'confirmation', state: today.state };

  // Any earlier confirmation, whatever its state, settles its invoices: a late or repeated
  // "thank you" is worse than none.
  const done = new Set(confirmations.flatMap((m) => m.invoiceIds));
  const sent = reminderHistory(facts.messages, asOf, policy.timeZone).contacts.filter(wasSent);
  const runs = overdueRuns(facts);
  const eligible = facts.closedInvoices
    .filter((inv) => !inv.writtenOff && !done.has(inv.id) && inv.closedDate <= asOf)
    .filter((inv) => daysBetween(inv.closedDate, asOf) <= policy.confirmationWindowDays)
    .filter((inv) => {
      const start = episodeStartForClosed(runs, inv.dueDate, inv.closedDate);
      return sent.some((c) => c.date >= start && c.date <= inv.closedDate);
    })
    .sort((a, b) => a.id - b.id);
  if (eligible.length === 0) return null;

  const invoiceIds = eligible.map((inv) => inv.id);
  const blocked = contactBlock(facts);
  if (blocked) {
    const reason = blocked.reason as 'no_mobile' | 'invalid_mobile' | 'opted_out';
    return { kind: 'excluded', reason, invoiceIds };
  }
  return {
    kind: 'message',
    stage: 'confirmation',
    invoiceIds,
    amountCents: addCents(...eligible.map((inv) => inv.amountCents)),
    paidDate: eligible.map((inv) => inv.closedDate).sort().at(-1)!,
  };
}
