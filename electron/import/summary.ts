// Counts and per-row statuses of a plan, in the shapes cli.md and the preview screen use.
import type { ImportCounts, RowStatus, SampleRow } from '../../shared/contract/import';
import type { Lang } from '../../shared/i18n/errors';
import type { ImportPlan } from './plan-types';
import type { ParsedLedger, RowIssue } from './types';

export function planCounts(parsed: ParsedLedger, plan: ImportPlan): ImportCounts {
  const counts: ImportCounts = { read: parsed.rowsRead, created: 0, updated: 0, unchanged: 0, skipped: parsed.skipped.length, rejected: plan.rejected.length };
  for (const inv of plan.invoices) {
    if (inv.action === 'create') counts.created++;
    else if (inv.action === 'update') counts.updated++;
    else counts.unchanged++;
  }
  return counts;
}

export const issueOut = (i: RowIssue<string>, lang: Lang) => ({ row: i.row, reason: i.reason, message: i.message[lang] });
export const rejectedOut = (i: RowIssue<string>, lang: Lang) => ({ ...issueOut(i, lang), cells: i.cells });

const STATUS: Record<'create' | 'update' | 'unchanged', RowStatus> = { create: 'create', update: 'update', unchanged: 'unchanged' };

/** The first `limit` rows of the sheet in order, each with its fate (problem rows carry a reason). */
export function sampleRows(parsed: ParsedLedger, plan: ImportPlan, lang: Lang, limit = 50): SampleRow[] {
  const out: SampleRow[] = [];
  for (const inv of plan.invoices) {
    if (inv.row.row > parsed.headerRow + limit) break;
    out.push({ row: inv.row.row, status: STATUS[inv.action], reason: null, message: null, changes: inv.changes, cells: inv.row.cells });
  }
  const issue = (status: RowStatus) => (i: RowIssue<string>) => {
    if (i.row <= parsed.headerRow + limit) out.push({ row: i.row, status, reason: i.reason, message: i.message[lang], changes: [], cells: i.cells });
  };
  plan.rejected.forEach(issue('rejected'));
  parsed.skipped.forEach(issue('skipped'));
  return out.sort((a, b) => a.row - b.row).slice(0, limit);
}

/** Reminders that would be cancelled: customers whose open balance the import takes to zero. */
export function customersPaidOff(db: import('../ledger/db').Db, plan: ImportPlan): number[] {
  const delta = new Map<number, number>();
  for (const inv of plan.invoices) {
    const id = plan.customers[inv.customer]?.id;
    if (id == null || inv.action !== 'update' || inv.balanceDelta === 0) continue;
    delta.set(id, (delta.get(id) ?? 0) + inv.balanceDelta);
  }
  for (const inv of plan.invoices) {
    const id = plan.customers[inv.customer]?.id;
    if (id != null && inv.action === 'create' && delta.has(id)) delta.set(id, delta.get(id)! + inv.balanceDelta);
  }
  const balance = db.prepare(`SELECT COALESCE(SUM(amount_cents - paid_cents), 0) AS b FROM invoices WHERE customer_id = ? AND status = 'open'`);
  return [...delta.entries()].filter(([id, d]) => (balance.get(id) as { b: number }).b + d <= 0).map(([id]) => id);
}
