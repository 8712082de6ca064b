import type { PaymentRow } from '../../shared/contract/ledger';
import { AppError } from '../../shared/errors';
import { formatCentsPlain } from '../../shared/money';
import type { Db } from './db';

export interface PaymentInsert {
  customerId: number;
  invoiceId?: number | undefined;
  amountCents: number;
  paidOn: string;
  method?: string | null | undefined;
  note?: string | null | undefined;
  sourceImportId?: number | null;
}

interface OpenInvoice {
  id: number;
  customer_id: number;
  amount_cents: number;
  paid_cents: number;
}

/**
 * Records a payment and allocates it: to the named invoice, or to the customer's open invoices
 * oldest due first. An invoice whose balance reaches zero becomes `paid`. Returns touched invoice ids.
 * Call inside a transaction (the handler does).
 */
export function recordPayment(db: Db, p: PaymentInsert, nowIso: string): { paymentId: number; invoiceIds: number[] } {
  let targets: OpenInvoice[];
  if (p.invoiceId !== undefined) {
    const inv = db.prepare('SELECT id, customer_id, amount_cents, paid_cents FROM invoices WHERE id = ?').get(p.invoiceId) as
      | OpenInvoice
      | undefined;
    if (!inv) throw new AppError('invoice_not_found', { id: p.invoiceId });
    if (inv.customer_id !== p.customerId) throw new AppError('invoice_other_customer', { id: p.invoiceId });
    targets = [inv];
  } else {
    targets = db
      .prepare(
        `SELECT id, customer_id, amount_cents, paid_cents FROM invoices
         WHERE customer_id = ? AND status = 'open' AND paid_cents < amount_cents ORDER BY due_date, id`,
      )
      .all(p.customerId) as OpenInvoice[];
  }
  const open = targets.reduce((s, i) => s + (i.amount_cents - i.paid_cents), 0);
  if (open === 0) throw new AppError('nothing_owed');
  if (p.amountCents > open) {
    throw new AppError('payment_exceeds_balance', { amount: formatCentsPlain(p.amountCents), balance: formatCentsPlain(open) });
  }
  const paymentId = Number(
    db
      .prepare(
        `INSERT INTO payments (customer_id, invoice_id, amount_cents, paid_on, method, note, source_import_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.customerId, p.invoiceId ?? null, p.amountCents, p.paidOn, p.method ?? null, p.note ?? null, p.sourceImportId ?? null, nowIso)
      .lastInsertRowid,
  );
  const bump = db.prepare(
    `UPDATE invoices SET paid_cents = paid_cents + @take, updated_at = @now,
      status = CASE WHEN paid_cents + @take = amount_cents THEN 'paid' ELSE status END,
      paid_at = CASE WHEN paid_cents + @take = amount_cents THEN @paidOn ELSE paid_at END
     WHERE id = @id`,
  );
  let left = p.amountCents;
  const touched: number[] = [];
  for (const inv of targets) {
    if (left === 0) break;
    const take = Math.min(left, inv.amount_cents - inv.paid_cents);
    if (take <= 0) continue;
    bump.run({ take, now: nowIso, paidOn: p.paidOn, id: inv.id });
    touched.push(inv.id);
    left -= take;
  }
  return { paymentId, invoiceIds: touched };
}

interface Raw {
  id: number;
  customer_id: number;
  invoice_id: number | null;
  amount_cents: number;
  paid_on: string;
  method: string | null;
  note: string | null;
}

const toRow = (r: Raw): PaymentRow => ({
  id: r.id,
  customerId: r.customer_id,
  invoiceId: r.invoice_id,
  amountCents: r.amount_cents,
  paidOn: r.paid_on,
  method: r.method,
  note: r.note,
});

export function listPayments(db: Db, customerId?: number): PaymentRow[] {
  const rows =
    customerId === undefined
      ? db.prepare('SELECT * FROM payments ORDER BY paid_on DESC, id DESC').all()
      : db.prepare('SELECT * FROM payments WHERE customer_id = ? ORDER BY paid_on DESC, id DESC').all(customerId);
  return (rows as Raw[]).map(toRow);
}

export function getPayment(db: Db, id: number): PaymentRow {
  return toRow(db.prepare('SELECT * FROM payments WHERE id = ?').get(id) as Raw);
}
