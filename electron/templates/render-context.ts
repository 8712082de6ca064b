import type { Settings } from '../../shared/settings';
import type { RenderContext } from '../../shared/template';
import { getCustomer } from '../ledger/customers-repo';
import type { Db } from '../ledger/db';

/** What a reminder says about one customer: the same facts the planner decides on. */
export interface DebtFacts {
  customerName: string;
  amountCents: number;
  daysOverdue: number;
  /** Oldest overdue due date, or null when nothing is overdue. */
  oldestDueDate: string | null;
  invoiceRefs: string[];
}

/** Builds the render context from debt facts and the business settings; empty settings stay empty (→ `missing`). */
export function renderContextFrom(facts: DebtFacts, settings: Settings): RenderContext {
  return {
    customer: { name: facts.customerName },
    amountDueCents: facts.amountCents,
    currency: settings.currency,
    daysOverdue: facts.daysOverdue,
    dueDate: facts.oldestDueDate ?? '',
    invoiceCount: facts.invoiceRefs.length,
    invoiceRefs: facts.invoiceRefs,
    business: { name: settings['business.name'], phone: settings['business.phone'], signature: settings['business.signature'] },
    lateFee: settings['lateFee.text'] || null,
    paymentLink: settings['payment.link'] || null,
  };
}

/**
 * A customer's debt facts from the ledger, as the planner sees them: the overdue part of the
 * balance (or the whole open balance when nothing is overdue yet) and the invoices behind it.
 */
export function debtFactsFor(db: Db, customerId: number, today: string): DebtFacts {
  const c = getCustomer(db, customerId, today);
  const overdue = c.overdueCents > 0;
  const refs = db
    .prepare(
      `SELECT reference FROM invoices WHERE customer_id = ? AND status = 'open' AND amount_cents > paid_cents
       ${overdue ? 'AND due_date < ?' : ''} ORDER BY due_date, id`,
    )
    .all(...(overdue ? [customerId, today] : [customerId])) as { reference: string }[];
  return {
    customerName: c.name,
    amountCents: overdue ? c.overdueCents : c.balanceCents,
    daysOverdue: c.daysOverdue,
    oldestDueDate: c.oldestDueDate,
    invoiceRefs: refs.map((r) => r.reference),
  };
}
