// Builders for planner facts. Times are Asia/Shanghai (the worked examples' business zone).
import { DEFAULT_POLICY } from '../../../electron/planner/policy';
import type {
  CadencePolicy,
  ClosedInvoiceFact,
  CustomerFacts,
  MessageFact,
  MessageStage,
  MessageState,
  OpenInvoiceFact,
} from '../../../electron/planner/types';

export const AS_OF = '2026-11-30';

export const policy = (over: Partial<CadencePolicy> = {}): CadencePolicy => ({ ...DEFAULT_POLICY, ...over });

export function customer(over: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    customerId: 1,
    mobile: '+8613800138000',
    unreachableReason: null,
    optedOutAt: null,
    disputed: false,
    pausedUntil: null,
    rearmedAt: null,
    openInvoices: [],
    closedInvoices: [],
    messages: [],
    ...over,
  };
}

export const open = (id: number, dueDate: string, balanceCents = 10_000): OpenInvoiceFact => ({ id, dueDate, balanceCents });

export const closed = (id: number, dueDate: string, closedDate: string, amountCents = 10_000, writtenOff = false): ClosedInvoiceFact => ({
  id,
  dueDate,
  closedDate,
  amountCents,
  writtenOff,
});

let seq = 100;

/** A reminder that left at 10:00 Shanghai time on `date` (planned the same day). */
export function sent(stage: MessageStage, date: string, over: Partial<MessageFact> = {}): MessageFact {
  return {
    id: seq++,
    stage,
    state: 'sent',
    planDate: date,
    sentAt: new Date(`${date}T10:00:00+08:00`).toISOString(),
    invoiceIds: [1],
    ...over,
  };
}

/** A message that never left (planned, queued, expired, failed, cancelled). */
export function unsent(stage: MessageStage, state: MessageState, planDate: string, over: Partial<MessageFact> = {}): MessageFact {
  return { id: seq++, stage, state, planDate, sentAt: null, invoiceIds: [1], ...over };
}
