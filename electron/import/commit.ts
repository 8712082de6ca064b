// Preview and commit of one ParsedLedger against the ledger. Commit is ONE transaction: it
// re-plans against the ledger as it is at that moment, upserts customers and invoices, records
// payments the file reveals, cancels reminders of customers it paid off and records the import
// with before-images for undo. Rejected rows are simply not in the plan.
import type { PreviewResult } from '../../shared/contract/import';
import type { Lang } from '../../shared/i18n/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../ledger/db';
import { nameKey } from '../ledger/customers-repo';
import { recordPayment } from '../ledger/payments-repo';
import { insertImportRecord, rememberLayout, setImportCounts, type StoredCounts } from './imports-repo';
import { planImport } from './plan';
import type { ImportPlan, PlannedCustomer, PlannedInvoice } from './plan-types';
import { cancelPaidReminders, countPendingReminders } from './reminders';
import { customersPaidOff, issueOut, planCounts, rejectedOut, sampleRows } from './summary';
import type { ParsedLedger } from './types';

export type PreviewBody = Omit<PreviewResult, 'token'>;

/**
 * Identifies the ledger's content at one moment: this connection's change count plus SQLite's
 * data_version (moves when another connection commits). Equal stamps on the same connection mean
 * nothing was written in between, so a preview's plan is still exact and commit need not redo it.
 */
export interface LedgerStamp {
  db: Db;
  changes: number;
  version: number;
}

export function ledgerStamp(db: Db): LedgerStamp {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return { db, changes, version: db.pragma('data_version', { simple: true }) as number };
}

const sameStamp = (a: LedgerStamp, b: LedgerStamp) => a.db === b.db && a.changes === b.changes && a.version === b.version;

export interface PreparedPlan {
  plan: ImportPlan;
  stamp: LedgerStamp;
}

/** What a commit would do; writes nothing. Also returns the plan, for commit to reuse. */
export function previewImport(db: Db, parsed: ParsedLedger, lang: Lang): { body: PreviewBody; prepared: PreparedPlan } {
  const stamp = ledgerStamp(db);
  const plan = planImport(db, parsed);
  return { prepared: { plan, stamp }, body: previewBody(db, parsed, plan, lang) };
}

function previewBody(db: Db, parsed: ParsedLedger, plan: ImportPlan, lang: Lang): PreviewBody {
  return {
    file: parsed.file,
    format: parsed.format,
    encoding: parsed.encoding,
    sheets: parsed.sheets,
    sheet: parsed.sheet,
    headerRow: parsed.headerRow,
    headers: parsed.headers,
    mapping: parsed.mapping,
    mappingSource: parsed.mappingSource,
    missingFields: parsed.missingFields,
    layoutKey: parsed.layoutKey,
    rows: planCounts(parsed, plan),
    payments: plan.invoices.filter((i) => i.paymentCents > 0).length,
    remindersToCancel: countPendingReminders(db, customersPaidOff(db, plan)),
    sample: sampleRows(parsed, plan, lang),
    rejected: plan.rejected.map((r) => rejectedOut(r, lang)),
    skipped: parsed.skipped.map((s) => issueOut(s, lang)),
    warnings: plan.warnings.map((w) => issueOut(w, lang)),
  };
}

export interface CommitOptions {
  fileName: string;
  today: string;
  nowIso: string;
  currency: string;
  onProgress?: (done: number, total: number) => void;
}

export interface CommitOutcome {
  importId: number;
  counts: StoredCounts;
  plan: ImportPlan;
}

/** Re-plans inside the transaction unless the preview's plan is provably still current. */
export function commitImport(db: Db, parsed: ParsedLedger, opts: CommitOptions, prepared?: PreparedPlan): CommitOutcome {
  return db
    .transaction(() => {
      const plan = prepared && sameStamp(prepared.stamp, ledgerStamp(db)) ? prepared.plan : planImport(db, parsed);
      const importId = insertImportRecord(db, parsed, opts.fileName, opts.nowIso);
      const w = new Writer(db, importId, opts);
      const ids = plan.customers.map((c) => w.customer(c));
      const paidOff = new Set<number>();
      let payments = 0;
      plan.invoices.forEach((inv, n) => {
        const customerId = ids[inv.customer]!;
        if (w.invoice(inv, customerId)) paidOff.add(customerId);
        if (inv.paymentCents > 0) payments++;
        if (n % 5000 === 4999) opts.onProgress?.(n + 1, plan.invoices.length);
      });
      w.flush();
      const remindersCancelled = cancelPaidReminders(db, paidOff, importId, opts.nowIso);
      // A mapping the user corrected is remembered for this layout, once it was good enough to commit.
      if (parsed.mappingSource === 'user') rememberLayout(db, parsed.layoutKey, parsed.mapping, opts.nowIso);
      const counts = { ...planCounts(parsed, plan), payments, remindersCancelled };
      setImportCounts(db, importId, counts);
      opts.onProgress?.(plan.invoices.length, plan.invoices.length);
      return { importId, counts, plan };
    })
    .immediate();
}

const INVOICE_COLUMNS = `customer_id, reference, issue_date, due_date, amount_cents, paid_cents, currency, status, paid_at,
        source_import_id, created_at, updated_at`;
const INVOICE_PARAMS = 12;
/** New invoices are inserted this many per statement (600 parameters): far fewer calls into SQLite. */
const INSERT_BATCH = 50;
const invoiceValues = (rows: number) => Array.from({ length: rows }, () => `(${'?, '.repeat(INVOICE_PARAMS - 1)}?)`).join(', ');

/** The statements of one commit, prepared once (a large file runs them 100,000 times). */
class Writer {
  private readonly insertCustomer;
  private readonly insertInvoice;
  private insertInvoices: Statement | null = null;
  /** Parameters of new invoices not yet inserted, in plan order (flush() before anything reads them). */
  private pending: unknown[] = [];
  private readonly snapshot;
  private readonly updateInvoice;

  constructor(
    private readonly db: Db,
    private readonly importId: number,
    private readonly opts: CommitOptions,
  ) {
    this.insertCustomer = db.prepare(
      `INSERT INTO customers (code, name, mobile, phone_raw, unreachable_reason, name_key, source_import_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertInvoice = db.prepare(`INSERT INTO invoices (${INVOICE_COLUMNS}) VALUES ${invoiceValues(1)}`);
    this.snapshot = db.prepare(`INSERT INTO import_changes (import_id, entity, entity_id, before_json) VALUES (?, ?, ?, ?)`);
    this.updateInvoice = db.prepare(
      `UPDATE invoices SET issue_date = @issue, due_date = @due, amount_cents = @amount, updated_at = @now,
        status = CASE WHEN status = 'written_off' THEN status WHEN paid_cents = @amount THEN 'paid' ELSE 'open' END,
        paid_at = CASE WHEN status <> 'written_off' AND paid_cents = @amount THEN COALESCE(paid_at, @today) ELSE paid_at END
       WHERE id = @id`,
    );
  }

  /** Statements whose text depends on the row (before-image table, the customer columns changed). */
  private readonly statements = new Map<string, Statement>();

  private statement(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private before(entity: 'customer' | 'invoice', table: string, id: number): void {
    const row = this.statement(`SELECT * FROM ${table} WHERE id = ?`).get(id);
    this.snapshot.run(this.importId, entity, id, JSON.stringify(row));
  }

  customer(c: PlannedCustomer): number {
    const now = this.opts.nowIso;
    if (c.id === null) {
      const v = c.values;
      const name = v.name ?? '';
      return Number(
        this.insertCustomer.run(v.code ?? null, name, v.mobile ?? null, v.phoneRaw ?? null, v.unreachableReason ?? null, nameKey(name), this.importId, now, now)
          .lastInsertRowid,
      );
    }
    if (c.changes.length === 0) return c.id;
    this.before('customer', 'customers', c.id);
    const cols: Record<string, string> = { code: 'code', name: 'name', mobile: 'mobile', phoneRaw: 'phone_raw', unreachableReason: 'unreachable_reason' };
    const entries = Object.entries(c.values);
    const sets = entries.map(([k]) => `${cols[k]} = ?`);
    const values: unknown[] = entries.map(([, v]) => v ?? null);
    if (c.values.name !== undefined) {
      sets.push('name_key = ?');
      values.push(nameKey(c.values.name));
    }
    this.statement(`UPDATE customers SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, c.id);
    return c.id;
  }

  /** Inserts the new invoices still pending, in order. */
  flush(): void {
    const p = this.pending;
    if (p.length === 0) return;
    this.pending = [];
    if (p.length === INSERT_BATCH * INVOICE_PARAMS) {
      this.insertInvoices ??= this.db.prepare(`INSERT INTO invoices (${INVOICE_COLUMNS}) VALUES ${invoiceValues(INSERT_BATCH)}`);
      this.insertInvoices.run(p);
      return;
    }
    for (let i = 0; i < p.length; i += INVOICE_PARAMS) this.insertInvoice.run(p.slice(i, i + INVOICE_PARAMS));
  }

  /** Writes one planned invoice (new ones may wait for flush()); true when it may have paid the customer off (re-checked after). */
  invoice(inv: PlannedInvoice, customerId: number): boolean {
    const { nowIso: now, today } = this.opts;
    const v = inv.values;
    if (inv.invoiceId === null) {
      const paid = inv.paidCents === v.amountCents;
      this.pending.push(customerId, inv.reference, v.issueDate, v.dueDate, v.amountCents, inv.paidCents, this.opts.currency,
        paid ? 'paid' : 'open', paid ? today : null, this.importId, now, now);
      if (this.pending.length === INSERT_BATCH * INVOICE_PARAMS) this.flush();
      return false;
    }
    if (inv.action !== 'update' || (inv.changes.length === 0)) return false;
    const touchesInvoice = inv.changes.some((c) => c === 'issueDate' || c === 'dueDate' || c === 'amount' || c === 'paid');
    if (!touchesInvoice) return false;
    this.before('invoice', 'invoices', inv.invoiceId);
    this.updateInvoice.run({ issue: v.issueDate, due: v.dueDate, amount: v.amountCents, now, today, id: inv.invoiceId });
    if (inv.paymentCents > 0) {
      recordPayment(
        this.db,
        { customerId, invoiceId: inv.invoiceId, amountCents: inv.paymentCents, paidOn: today, method: 'import', note: this.opts.fileName, sourceImportId: this.importId },
        now,
      );
    }
    return true;
  }
}
