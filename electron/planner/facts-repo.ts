import { dateInZone } from '../../shared/dates';
import type { Db } from '../ledger/db';
import type { CustomerFacts, MessageFact } from './types';

// Fills the planner's CustomerFacts from the ledger: one query per table, grouped in memory, so a
// plan over 100,000 customers costs three scans rather than 300,000 lookups.

interface CustomerRaw {
  id: number;
  mobile: string | null;
  unreachable_reason: 'missing' | 'landline' | 'invalid' | null;
  opted_out_at: string | null;
  disputed: number;
  paused_until: string | null;
  rearmed_at: string | null;
}
interface InvoiceRaw {
  id: number;
  customer_id: number;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  status: 'open' | 'paid' | 'written_off';
  paid_at: string | null;
  updated_at: string;
}
interface MessageRaw {
  id: number;
  customer_id: number;
  stage: MessageFact['stage'];
  state: MessageFact['state'];
  plan_date: string;
  sent_at: string | null;
  invoice_ids_json: string;
}

/** A stored date or instant → the business-tz calendar date. */
const toDate = (value: string, tz: string): string => (value.length === 10 ? value : dateInZone(new Date(value), tz));

function inClause(ids: number[] | undefined): { sql: string; params: string[] } {
  if (!ids) return { sql: '', params: [] };
  return { sql: ' WHERE customer_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(ids)] };
}

export function loadCustomerFacts(db: Db, timeZone: string, customerIds?: number[]): Map<number, CustomerFacts> {
  const only = inClause(customerIds);
  const customers = db
    .prepare(
      `SELECT id, mobile, unreachable_reason, opted_out_at, disputed, paused_until, rearmed_at FROM customers${
        customerIds ? ' WHERE id IN (SELECT value FROM json_each(?))' : ''
      }`,
    )
    .all(...only.params) as CustomerRaw[];
  const facts = new Map<number, CustomerFacts>();
  for (const c of customers) {
    facts.set(c.id, {
      customerId: c.id,
      mobile: c.mobile,
      unreachableReason: c.unreachable_reason,
      optedOutAt: c.opted_out_at,
      disputed: c.disputed === 1,
      pausedUntil: c.paused_until,
      rearmedAt: c.rearmed_at,
      openInvoices: [],
      closedInvoices: [],
      messages: [],
    });
  }
  const invoices = db
    .prepare(`SELECT id, customer_id, due_date, amount_cents, paid_cents, status, paid_at, updated_at FROM invoices${only.sql}`)
    .all(...only.params) as InvoiceRaw[];
  for (const i of invoices) {
    const f = facts.get(i.customer_id);
    if (!f) continue;
    if (i.status === 'open') f.openInvoices.push({ id: i.id, dueDate: i.due_date, balanceCents: i.amount_cents - i.paid_cents });
    else {
      f.closedInvoices.push({
        id: i.id,
        dueDate: i.due_date,
        amountCents: i.amount_cents,
        closedDate: toDate(i.paid_at ?? i.updated_at, timeZone),
        writtenOff: i.status === 'written_off',
      });
    }
  }
  const messages = db
    .prepare(`SELECT id, customer_id, stage, state, plan_date, sent_at, invoice_ids_json FROM messages${only.sql}`)
    .all(...only.params) as MessageRaw[];
  for (const m of messages) {
    facts.get(m.customer_id)?.messages.push({
      id: m.id,
      stage: m.stage,
      state: m.state,
      planDate: m.plan_date,
      sentAt: m.sent_at,
      invoiceIds: JSON.parse(m.invoice_ids_json) as number[],
    });
  }
  return facts;
}
