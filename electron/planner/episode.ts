// Episode boundaries, derived from invoices alone (the ledger keeps no episode table, so an import
// that rewrites history can never leave a stale one behind).
//
// Derivation: invoice i is "owing and overdue" at the END of day t when due_i < t and it is still
// open at the end of t (open now, or closed on a later date). Per invoice that is the day range
// [due+1, closed−1] (open: [due+1, ∞)). The customer is "clear" on day t when no range covers t.
// An episode is a maximal run of non-clear days: merge the ranges, joining ranges that overlap or
// touch (touching = no clear day in between). A reminder belongs to an episode when it went out on a
// day of that run; a payment on the day a reminder left ends the episode after that reminder.

import { addDays } from '../../shared/dates';
import type { CustomerFacts } from './types';

const FOREVER = '9999-12-31';

export interface DayRange {
  start: string;
  end: string; // inclusive
}

/** Owing-and-overdue ranges per invoice, merged; ISO dates compare as strings. */
export function overdueRuns(facts: Pick<CustomerFacts, 'openInvoices' | 'closedInvoices'>): DayRange[] {
  const ranges: DayRange[] = [];
  for (const inv of facts.openInvoices) {
    if (inv.balanceCents > 0) ranges.push({ start: addDays(inv.dueDate, 1), end: FOREVER });
  }
  for (const inv of facts.closedInvoices) {
    const start = addDays(inv.dueDate, 1);
    const end = addDays(inv.closedDate, -1);
    if (start <= end) ranges.push({ start, end });
  }
  ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: DayRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= addDaysSafe(last.end, 1)) {
      if (r.end > last.end) last.end = r.end;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

function addDaysSafe(iso: string, days: number): string {
  return iso === FOREVER ? FOREVER : addDays(iso, days);
}

/** First day of the run that contains `day`, or null when the customer was clear that day. */
export function episodeStartOn(runs: DayRange[], day: string): string | null {
  for (const r of runs) if (r.start <= day && day <= r.end) return r.start;
  return null;
}

/**
 * First day of the episode an invoice's payment closed. An invoice paid on its first overdue day
 * has an empty range (clear at end of day) yet may have been reminded that very morning, so its
 * episode then starts that day unless a run of other invoices already covered it.
 */
export function episodeStartForClosed(runs: DayRange[], dueDate: string, closedDate: string): string {
  const firstOverdue = addDays(dueDate, 1);
  const lastOwing = addDays(closedDate, -1);
  const ownRangeEmpty = lastOwing < firstOverdue;
  const probe = ownRangeEmpty ? firstOverdue : lastOwing;
  return episodeStartOn(runs, probe) ?? episodeStartOn(runs, addDays(firstOverdue, -1)) ?? firstOverdue;
}
