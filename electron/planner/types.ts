// The planner's inputs and outputs. Inputs mirror what the ledger holds (customers, invoices,
// messages) so a repository can fill them with one query per table; the planner itself is pure.

export type ReminderStage = 'reminder1' | 'reminder2' | 'final';
export type MessageStage = ReminderStage | 'confirmation';
export type MessageState =
  | 'planned'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'failed'
  | 'cancelled'
  | 'expired'
  | 'uncertain';

/** Exactly the reason codes of the CLI contract (reference/cli.md). */
export const EXCLUSION_REASONS = [
  'paid',
  'not_due',
  'due_today',
  'below_minimum',
  'no_mobile',
  'invalid_mobile',
  'opted_out',
  'disputed',
  'paused',
  'recently_contacted',
  'cap_reached',
  'template_blocked',
  'missing_data',
  'final_sent',
  'stage_not_due',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface OpenInvoiceFact {
  id: number;
  dueDate: string; // YYYY-MM-DD
  balanceCents: number; // amount − paid; 0 is treated as settled
}

export interface ClosedInvoiceFact {
  id: number;
  dueDate: string;
  amountCents: number;
  /** Business-tz date the invoice became fully paid or was written off. */
  closedDate: string;
  /** Written off: ends the episode like a payment, but is never thanked for. */
  writtenOff?: boolean;
}

export interface MessageFact {
  id: number;
  stage: MessageStage;
  state: MessageState;
  planDate: string; // YYYY-MM-DD, business tz
  sentAt: string | null; // ISO instant (UTC in the database)
  invoiceIds: number[];
}

export interface CustomerFacts {
  customerId: number;
  mobile: string | null; // E.164 when reachable
  unreachableReason: 'missing' | 'landline' | 'invalid' | null;
  optedOutAt: string | null;
  disputed: boolean;
  /** Paused while the as-of date is before this date; reminders resume on it. */
  pausedUntil: string | null;
  /** ISO instant: reminders sent before it belong to an earlier episode (re-arm after a final). */
  rearmedAt: string | null;
  openInvoices: OpenInvoiceFact[];
  closedInvoices: ClosedInvoiceFact[];
  messages: MessageFact[];
}

export interface CadencePolicy {
  timeZone: string; // business tz: turns sentAt instants into calendar days
  minimumCents: number;
  reminder2AfterDays: number;
  finalAfterDays: number;
  spacingDays: number;
  capPerDay: number;
  capPer7Days: number;
  confirmationEnabled: boolean;
  /** Not a user setting: payments older than this are not thanked for (e.g. an old ledger import). */
  confirmationWindowDays: number;
}

export type ReminderDecision =
  | {
      kind: 'message';
      stage: ReminderStage;
      amountCents: number;
      oldestDueDate: string;
      daysOverdue: number;
      invoiceIds: number[];
      /** True when this stage was planned before and expired/failed; it is planned once more. */
      replan: boolean;
    }
  /** A reminder for this customer already exists for the as-of date (planning is idempotent). */
  | { kind: 'existing'; messageId: number; stage: MessageStage; state: MessageState }
  | { kind: 'excluded'; reason: ExclusionReason; detail?: ExclusionDetail };

export interface ExclusionDetail {
  daysOverdue?: number;
  amountCents?: number;
  nextStage?: ReminderStage;
  /** First date the next stage (or the end of spacing/caps/pause) allows a reminder. */
  notBefore?: string;
  lastContact?: string;
  cap?: 'perDay' | 'per7Days' | 'replan';
  unreachable?: 'missing' | 'landline' | 'invalid';
}

export type ConfirmationDecision =
  | { kind: 'message'; stage: 'confirmation'; invoiceIds: number[]; amountCents: number; paidDate: string }
  | { kind: 'existing'; messageId: number; stage: 'confirmation'; state: MessageState }
  | {
      kind: 'excluded';
      reason: Extract<ExclusionReason, 'no_mobile' | 'invalid_mobile' | 'opted_out'>;
      invoiceIds: number[];
    };
