// The send-time re-check ("paid since? opted out since? caps?"): the same rules as planning,
// applied as if this message did not exist yet, on the day it would leave.

import { decideCustomer } from './cadence';
import { decideConfirmations } from './confirmations';
import type { CadencePolicy, CustomerFacts, ExclusionDetail, ExclusionReason } from './types';

export type Recheck = { ok: true } | { ok: false; reason: ExclusionReason; detail?: ExclusionDetail };

export function recheckMessage(facts: CustomerFacts, messageId: number, sendDate: string, policy: CadencePolicy): Recheck {
  const message = facts.messages.find((m) => m.id === messageId);
  if (!message) return { ok: false, reason: 'missing_data' };
  const others = { ...facts, messages: facts.messages.filter((m) => m.id !== messageId) };

  if (message.stage === 'confirmation') {
    const d = decideConfirmations(others, sendDate, policy);
    if (d?.kind === 'excluded') return { ok: false, reason: d.reason };
    const covered = d?.kind === 'message' && message.invoiceIds.every((id) => d.invoiceIds.includes(id));
    // Payment undone or confirmations turned off since planning: the facts behind the text are gone.
    return covered ? { ok: true } : { ok: false, reason: 'missing_data' };
  }

  const d = decideCustomer(others, sendDate, policy);
  if (d.kind === 'excluded') return { ok: false, reason: d.reason, detail: d.detail };
  // Another reminder already holds this day: the daily cap.
  if (d.kind === 'existing') return { ok: false, reason: 'cap_reached', detail: { cap: 'perDay' } };
  if (d.stage !== message.stage) return { ok: false, reason: 'stage_not_due', detail: { nextStage: d.stage } };
  return { ok: true };
}
