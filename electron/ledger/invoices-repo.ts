import type { InvoiceRow } from '../../shared/contract/ledger';
import { daysBetween } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { Db } from './db';

export interface InvoiceInsert {
  customerId: number;
  reference: string;
  issueDate: string | null;
  dueDate: string;
  amountCents: number;
  paidCents: number;
  currency: string;
  sourceImportId?: number | null;
}

interface Raw {
  id: number;
  customer_id: number;
  customer_name: string;
  reference: string;
  issue_date: string | null;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  currency: string;
  status: 'open' | 'paid' | 'written_off';
}

export function toInvoiceRow(r: Raw, today: string): InvoiceRow {
  const balance = r.amount_cents - r.paid_cents;
  const late = r.status === 'open' && balance > 0 ? daysBetween(r.due_date, today) : 0;
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    reference: r.reference,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    amountCents: r.amount_cents,
    paidCents: r.paid_cents,
    balanceCents: balance,
    currency: r.currency,
    status: r.status,
    daysOverdue: Math.max(0, late),
  };
}

export function checkInvoiceDates(issueDate: string | null, dueDate: string): void {
  if (issueDate && dueDate < issueDate) throw new AppError('due_before_issue', { due: dueDate, issue: issueDate });
}

export function insertInvoice(db: Db, inv: InvoiceInsert, nowIso: string): number {
  checkInvoiceDates(inv.issueDate, inv.dueDate);
  if (inv.paidCents > inv.amountCents) throw new AppError('paid_exceeds_amount');
  const exists = db
    .prepare('SELECT id FROM invoices WHERE customer_id = ? AND reference = ?')
    .get(inv.customerId, inv.reference);
  if (exists) throw new AppError('duplicate_invoice', { reference: inv.reference });
  const status = inv.paidCents === inv.amountCents ? 'paid' : 'open';
  const info = db
    .prepare(
      `INSERT INTO invoices (customer_id, reference, issue_date, due_date, amount_cents, paid_cents, currency, status,
        paid_at, source_import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      inv.customerId,
      inv.reference,
      inv.issueDate,
      inv.dueDate,
      inv.amountCents,
      inv.paidCents,
      inv.currency,
      status,
      status === 'paid' ? nowIso : null,
      inv.sourceImportId ?? null,
      nowIso,
      nowIso,
    );
  return Number(info.lastInsertRowid);
}

const SELECT = `SELECT i.id, i.customer_id, c.name AS customer_name, i.reference, i.issue_date, i.due_date,
  i.amount_cents, i.paid_cents, i.currency, i.status FROM invoices i JOIN customers c ON c.id = i.customer_id`;

export function getInvoice(db: Db, id: number, today: string): InvoiceRow {
  const r = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Raw | undefined;
  if (!r) throw new AppError('invoice_not_found', { id });
  return toInvoiceRow(r, today);
}

export function listInvoices(
  db: Db,
  q: { today: string; customerId?: number | undefined; status?: string | undefined; limit?: number | undefined },
): InvoiceRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.customerId !== undefined) {
    where.push('i.customer_id = ?');
    params.push(q.customerId);
  }
  if (q.status !== undefined) {
    where.push('i.status = ?');
    params.push(q.status);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.due_date, i.id LIMIT ?`;
  return (db.prepare(sql).all(...params, q.limit ?? -1) as Raw[]).map((r) => toInvoiceRow(r, q.today));
}

export function updateInvoice(
  db: Db,
  id: number,
  patch: { reference?: string; issueDate?: string | null; dueDate?: string; amountCents?: number },
  nowIso: string,
): void {
  const cur = db.prepare('SELECT * FROM invoices WHERE id = ?').get(id) as
    | { issue_date: string | null; due_date: string; amount_cents: number; paid_cents: number; customer_id: number; reference: string }
    | undefined;
  if (!cur) throw new AppError('invoice_not_found', { id });
  const issue = patch.issueDate !== undefined ? patch.issueDate : cur.issue_date;
  const due = patch.dueDate ?? cur.due_date;
  const amount = patch.amountCents ?? cur.amount_cents;
  checkInvoiceDates(issue, due);
  if (cur.paid_cents > amount) throw new AppError('paid_exceeds_amount');
  const reference = patch.reference ?? cur.reference;
  if (reference !== cur.reference) {
    const clash = db.prepare('SELECT id FROM invoices WHERE customer_id = ? AND reference = ?').get(cur.customer_id, reference);
    if (clash) throw new AppError('duplicate_invoice', { reference });
  }
  const status = cur.paid_cents === amount ? 'paid' : 'open';
  db.prepare(
    `UPDATE invoices SET reference = ?, issue_date = ?, due_date = ?, amount_cents = ?, status = ?,
      paid_at = CASE WHEN ? = 'paid' THEN COALESCE(paid_at, ?) ELSE NULL END, updated_at = ? WHERE id = ?`,
  ).run(reference, issue, due, amount, status, status, nowIso, nowIso, id);
}
