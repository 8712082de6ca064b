// The upsert plan: what a commit would do to the ledger, computed from one ParsedLedger with
// reads only. Preview shows it; commit recomputes it inside its transaction and carries it out.
import type { NormalisedRow, Rejection, Warning } from './types';

export type RowAction = 'create' | 'update' | 'unchanged';

export interface CustomerValues {
  code: string | null;
  name: string;
  mobile: string | null;
  phoneRaw: string | null;
  unreachableReason: 'missing' | 'landline' | 'invalid' | null;
}

export interface PlannedCustomer {
  /** null: created by the commit. */
  id: number | null;
  /** For a new customer: everything; for an existing one: only the fields that change. */
  values: Partial<CustomerValues>;
  changes: string[];
}

export interface InvoiceValues {
  issueDate: string | null;
  dueDate: string;
  amountCents: number;
}

export interface PlannedInvoice {
  row: NormalisedRow;
  /** Index into ImportPlan.customers. */
  customer: number;
  /** Whether this row is the first of its customer (customer changes count on it). */
  firstOfCustomer: boolean;
  invoiceId: number | null;
  reference: string;
  action: RowAction;
  changes: string[];
  values: InvoiceValues;
  /** Paid cents for a new invoice (history, no payment row). */
  paidCents: number;
  /** > 0 when the file's paid amount grew: recorded as a payment. */
  paymentCents: number;
  /** Open balance before → after, for the reminder-cancel estimate. */
  balanceDelta: number;
}

export interface ImportPlan {
  customers: PlannedCustomer[];
  invoices: PlannedInvoice[];
  /** Parse-time rejections plus those found against the ledger, by row. */
  rejected: Rejection[];
  warnings: Warning[];
}
