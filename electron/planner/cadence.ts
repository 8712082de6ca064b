// The reminder decision for one customer on one day — pure, so the plan, the send-time re-check and
// the tests all run the same rules.
//
// Order of checks (the first that applies is the reason shown; durable facts the user can act on
// come before ones that resolve themselves with time):
//   1. a reminder already planned for this day      → existing (planning is idempotent)
//   2. nothing owed → paid; nothing overdue → due_today (D = 0) / not_due; total < minimum → below_minimum
//   3. no_mobile, invalid_mobile (landline or invalid), opted_out
//   4. disputed, paused (until a date)
//   5. final already sent in this episode            → final_sent (until re-armed)
//   6. next stage not yet due                        → recently_contacted if the last reminder is
//                                                      < spacing days old, else stage_not_due
//   7. stage planned twice already and both expired/failed → cap_reached (cap: replan)
//   8. last reminder < spacing days ago              → recently_contacted (e.g. right after a new episode)
//   9. per-day / per-7-days caps                     → cap_reached
//   10. otherwise                                    → message at the next stage
// Caps and spacing count every reminder to the customer, across episodes; stages count only the
// current episode (see episode.ts) after the last re-arm.

import { addDays, dateInZone, daysBetween } from '../../shared/dates';
import { chaseBlock, contactBlock, type Excluded, type Overdue, overdueSummary } from './eligibility';
import { episodeStartOn, overdueRuns } from './episode';
import { type Contact, reminderHistory } from './history';
import type { CadencePolicy, CustomerFacts, ExclusionReason, ReminderDecision, ReminderStage } from './types';

export function decideCustomer(facts: CustomerFacts, asOf: string, policy: CadencePolicy): ReminderDecision {
  const today = facts.messages.find((m) => m.stage !== 'confirmation' && m.planDate === asOf);
  if (today) return { kind: 'existing', messageId: today.id, stage: today.stage, state: today.state };
  const owed = overdueSummary(facts, asOf, policy);
  if (owed.kind === 'excluded') return owed;
  const blocked = contactBlock(facts) ?? chaseBlock(facts, asOf);
  if (blocked) return blocked;
  return cadenceStep(facts, asOf, policy, owed);
}

function cadenceStep(facts: CustomerFacts, asOf: string, policy: CadencePolicy, owed: Overdue): ReminderDecision | Excluded {
  const { contacts, missed } = reminderHistory(facts.messages, asOf, policy.timeZone);
  // Exists: an invoice is overdue today, so a run covers today.
  const start = episodeStartOn(overdueRuns(facts), asOf) ?? owed.oldestDueDate;
  const rearmAt = facts.rearmedAt ? Date.parse(facts.rearmedAt) : null;
  const rearmDate = rearmAt !== null ? dateInZone(new Date(rearmAt), policy.timeZone) : null;
  const afterRearm = (date: string, at: number | null) =>
    rearmAt === null || (at !== null ? at >= rearmAt : date >= (rearmDate ?? date));
  const episode = contacts.filter((c) => c.date >= start && afterRearm(c.date, c.at));
  const last = contacts[contacts.length - 1]?.date ?? null;

  if (episode.some((c) => c.stage === 'final')) return excluded('final_sent', { lastContact: last ?? undefined });

  const { stage, notBefore } = nextStage(episode, asOf, policy);
  const sinceLast = last === null ? null : daysBetween(last, asOf);
  if (notBefore > asOf) {
    const reason = sinceLast !== null && sinceLast < policy.spacingDays ? 'recently_contacted' : 'stage_not_due';
    return excluded(reason, { nextStage: stage, notBefore, lastContact: last ?? undefined });
  }

  // Expired/failed attempts reached nobody: the stage may be planned once more, not endlessly.
  const misses = missed.filter((m) => m.stage === stage && m.planDate >= start && afterRearm(m.planDate, null)).length;
  if (misses >= 2) return excluded('cap_reached', { cap: 'replan', nextStage: stage });

  if (last !== null && sinceLast !== null && sinceLast < policy.spacingDays) {
    return excluded('recently_contacted', { nextStage: stage, lastContact: last, notBefore: addDays(last, policy.spacingDays) });
  }
  const cap = capCheck(contacts, asOf, policy);
  if (cap) return cap;
  return { kind: 'message', stage, ...withoutKind(owed), replan: misses === 1 };
}

/** Stage 1 at once (however large D is: catch-up happens once); then spaced from the previous stage's sending. */
function nextStage(episode: Contact[], asOf: string, policy: CadencePolicy): { stage: ReminderStage; notBefore: string } {
  const lastOf = (s: ReminderStage) => episode.filter((c) => c.stage === s).at(-1)?.date;
  const r2 = lastOf('reminder2');
  if (r2) return { stage: 'final', notBefore: addDays(r2, policy.finalAfterDays) };
  const r1 = lastOf('reminder1');
  if (r1) return { stage: 'reminder2', notBefore: addDays(r1, policy.reminder2AfterDays) };
  return { stage: 'reminder1', notBefore: asOf };
}

function capCheck(contacts: Contact[], asOf: string, policy: CadencePolicy): Excluded | null {
  if (contacts.filter((c) => c.date === asOf).length >= policy.capPerDay) {
    return excluded('cap_reached', { cap: 'perDay', notBefore: addDays(asOf, 1) });
  }
  const weekStart = addDays(asOf, -6);
  const week = contacts.filter((c) => c.date >= weekStart).map((c) => c.date);
  if (week.length >= policy.capPer7Days) {
    // The day the oldest reminder that keeps the count at the cap leaves the 7-day window.
    const pivot = week[week.length - policy.capPer7Days]!;
    return excluded('cap_reached', { cap: 'per7Days', notBefore: addDays(pivot, 7) });
  }
  return null;
}

function excluded(reason: ExclusionReason, detail: Excluded['detail']): Excluded {
  return { kind: 'excluded', reason, detail };
}

function withoutKind(o: Overdue): Omit<Overdue, 'kind'> {
  const { kind: _kind, ...rest } = o;
  return rest;
}
