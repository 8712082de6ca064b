// ParsedLedger + the ledger as it is now → an ImportPlan. Reads only: preview runs exactly this,
// and commit runs it again inside its transaction so it acts on the ledger as it is then.
import { formatCentsPlain as fmt } from '../../shared/money';
import type { Db } from '../ledger/db';
import './commit-messages';
import { CustomerIndex } from './customer-index';
import { derivedReference, referenceCounter } from './derived-ref';
import { rowMessage } from './messages';
import type { ImportPlan, PlannedInvoice } from './plan-types';
import type { NormalisedRow, ParsedLedger, Rejection, Warning } from './types';

interface DbInvoice {
  id: number;
  issue_date: string | null;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  status: 'open' | 'paid' | 'written_off';
}

const INVOICE_COLUMNS = 'id, issue_date, due_date, amount_cents, paid_cents, status';
/** Above this many rows one scan of all invoices beats a lookup per row (the weekly big re-import). */
const BULK_ROWS = 2000;

function invoiceFinder(db: Db, rows: number): (customerId: number, reference: string) => DbInvoice | undefined {
  if (rows <= BULK_ROWS) {
    const one = db.prepare(`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE customer_id = ? AND reference = ?`);
    return (customerId, reference) => one.get(customerId, reference) as DbInvoice | undefined;
  }
  const all = new Map<string, DbInvoice>();
  for (const r of db.prepare(`SELECT customer_id, reference, ${INVOICE_COLUMNS} FROM invoices`).iterate() as Iterable<DbInvoice & { customer_id: number; reference: string }>) {
    all.set(`${r.customer_id}\u0000${r.reference}`, r);
  }
  return (customerId, reference) => all.get(`${customerId}\u0000${reference}`);
}

export function planImport(db: Db, parsed: ParsedLedger): ImportPlan {
  const customers = new CustomerIndex(db);
  const findInvoice = invoiceFinder(db, parsed.rows.length);
  const nextRef = referenceCounter();
  const seen = new Map<string, number>();
  const invoices: PlannedInvoice[] = [];
  const rejected: Rejection[] = [...parsed.rejected];
  const warnings: Warning[] = [...parsed.warnings];

  for (const row of parsed.rows) {
    const { index, first } = customers.resolve(row.customer);
    const customer = customers.planned[index]!;
    const inv = row.invoice;
    const reference = inv.reference ?? nextRef(index, derivedReference(inv));
    const key = `${index}\u0000${reference}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      // Two rows naming the same customer differently (with and without a code) and one reference.
      const params = { reference, rows: `${earlier}, ${row.row}` };
      rejected.push({ row: row.row, reason: 'conflicting_duplicate', message: rowMessage('conflicting_duplicate', params), cells: row.cells });
      continue;
    }
    seen.set(key, row.row);
    const existing = customer.id === null ? undefined : findInvoice(customer.id, reference);
    const planned = existing ? planUpdate(row, existing) : planCreate(row);
    if ('reject' in planned) {
      rejected.push(planned.reject);
      continue;
    }
    if (planned.warning) warnings.push(planned.warning);
    const customerChanged = first && (customer.id === null || customer.changes.length > 0);
    let action = planned.action;
    if (action === 'unchanged' && customerChanged) action = 'update';
    const p = planned.invoice;
    // Spelled out, not spread: this runs once per row of a 100,000-row file.
    invoices.push({
      row,
      customer: index,
      firstOfCustomer: first,
      invoiceId: p.invoiceId,
      reference,
      action,
      changes: first && customer.changes.length > 0 ? [...customer.changes, ...p.changes] : p.changes,
      values: p.values,
      paidCents: p.paidCents,
      paymentCents: p.paymentCents,
      balanceDelta: p.balanceDelta,
    });
  }
  rejected.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  return { customers: customers.planned, invoices, rejected, warnings };
}

type InvoicePart = Pick<PlannedInvoice, 'invoiceId' | 'changes' | 'values' | 'paidCents' | 'paymentCents' | 'balanceDelta'>;
type Outcome = { reject: Rejection } | { action: PlannedInvoice['action']; invoice: InvoicePart; warning?: Warning };

function planCreate(row: NormalisedRow): Outcome {
  const i = row.invoice;
  return {
    action: 'create',
    invoice: {
      invoiceId: null,
      changes: [],
      values: { issueDate: i.issueDate, dueDate: i.dueDate, amountCents: i.amountCents },
      paidCents: i.paidCents,
      paymentCents: 0,
      balanceDelta: i.amountCents - i.paidCents,
    },
  };
}

/**
 * A newer file updates dates and the amount; a paid amount that grew becomes a payment. A paid
 * amount that shrank is not applied: the ledger may know a payment the bookkeeper's software
 * does not have yet, and silently un-paying an invoice would restart reminders.
 */
function planUpdate(row: NormalisedRow, db: DbInvoice): Outcome {
  const i = row.invoice;
  const changes: string[] = [];
  if (i.issueDate !== db.issue_date) changes.push('issueDate');
  if (i.dueDate !== db.due_date) changes.push('dueDate');
  if (i.amountCents !== db.amount_cents) changes.push('amount');
  const paidAfter = Math.max(db.paid_cents, i.paidCents);
  if (i.amountCents < paidAfter) {
    const params = { amount: fmt(i.amountCents), paid: fmt(paidAfter) };
    return { reject: { row: row.row, reason: 'amount_below_paid', message: rowMessage('amount_below_paid', params), cells: row.cells } };
  }
  const paymentCents = i.paidCents > db.paid_cents ? i.paidCents - db.paid_cents : 0;
  if (paymentCents > 0) changes.push('paid');
  const open = (amount: number, paid: number) => (db.status === 'written_off' ? 0 : amount - paid);
  const outcome: Outcome = {
    action: changes.length > 0 ? 'update' : 'unchanged',
    invoice: {
      invoiceId: db.id,
      changes,
      values: { issueDate: i.issueDate, dueDate: i.dueDate, amountCents: i.amountCents },
      paidCents: db.paid_cents,
      paymentCents,
      balanceDelta: open(i.amountCents, paidAfter) - open(db.amount_cents, db.paid_cents),
    },
  };
  if (i.paidCents < db.paid_cents) {
    const params = { file: fmt(i.paidCents), ledger: fmt(db.paid_cents) };
    outcome.warning = { row: row.row, reason: 'paid_below_ledger', message: rowMessage('paid_below_ledger', params), cells: row.cells };
  }
  return outcome;
}
