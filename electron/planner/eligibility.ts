// Checks that do not depend on cadence: what is owed, and whether this customer may be messaged.

import { addCents } from '../../shared/money';
import { isE164 } from '../../shared/phone';
import { addDays, daysBetween } from '../../shared/dates';
import type { CadencePolicy, CustomerFacts, ExclusionDetail, ExclusionReason, OpenInvoiceFact } from './types';

export type Excluded = { kind: 'excluded'; reason: ExclusionReason; detail?: ExclusionDetail };

export interface Overdue {
  kind: 'overdue';
  amountCents: number;
  oldestDueDate: string;
  daysOverdue: number;
  invoiceIds: number[];
}

const byDue = (a: OpenInvoiceFact, b: OpenInvoiceFact) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id;

/** paid → due_today/not_due → below_minimum; the reminder covers only invoices already overdue. */
export function overdueSummary(facts: CustomerFacts, asOf: string, policy: CadencePolicy): Overdue | Excluded {
  const open = facts.openInvoices.filter((i) => i.balanceCents > 0).sort(byDue);
  if (open.length === 0) return { kind: 'excluded', reason: 'paid' };
  const overdue = open.filter((i) => i.dueDate < asOf);
  if (overdue.length === 0) {
    const first = open[0]!;
    return first.dueDate === asOf
      ? { kind: 'excluded', reason: 'due_today', detail: { daysOverdue: 0, notBefore: addDays(asOf, 1) } }
      : { kind: 'excluded', reason: 'not_due', detail: { notBefore: addDays(first.dueDate, 1) } };
  }
  const amountCents = addCents(...overdue.map((i) => i.balanceCents));
  const oldestDueDate = overdue[0]!.dueDate;
  const daysOverdue = daysBetween(oldestDueDate, asOf);
  if (amountCents < policy.minimumCents) {
    return { kind: 'excluded', reason: 'below_minimum', detail: { amountCents, daysOverdue } };
  }
  return { kind: 'overdue', amountCents, oldestDueDate, daysOverdue, invoiceIds: overdue.map((i) => i.id) };
}

/** no_mobile / invalid_mobile, then opted_out: the checks a confirmation must pass too. */
export function contactBlock(facts: CustomerFacts): Excluded | null {
  if (facts.mobile === null || facts.unreachableReason !== null) {
    const why = facts.unreachableReason ?? 'missing';
    return { kind: 'excluded', reason: why === 'missing' ? 'no_mobile' : 'invalid_mobile', detail: { unreachable: why } };
  }
  if (!isE164(facts.mobile)) return { kind: 'excluded', reason: 'invalid_mobile', detail: { unreachable: 'invalid' } };
  if (facts.optedOutAt !== null) return { kind: 'excluded', reason: 'opted_out' };
  return null;
}

/** Reminders only: the user's "don't chase" switches. */
export function chaseBlock(facts: CustomerFacts, asOf: string): Excluded | null {
  if (facts.disputed) return { kind: 'excluded', reason: 'disputed' };
  if (facts.pausedUntil !== null && asOf < facts.pausedUntil) {
    return { kind: 'excluded', reason: 'paused', detail: { notBefore: facts.pausedUntil } };
  }
  return null;
}
