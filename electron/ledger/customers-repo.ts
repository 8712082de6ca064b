import type { CustomerDetail, CustomerRow } from '../../shared/contract/ledger';
import { AppError } from '../../shared/errors';
import type { Db } from './db';
import { cachedRead } from './read-cache';

export type CustomerFilter = 'all' | 'overdue' | 'not_due' | 'paid' | 'opted_out' | 'unreachable';

export interface CustomerInsert {
  code?: string | null;
  name: string;
  mobile: string | null;
  phoneRaw: string | null;
  unreachableReason: 'missing' | 'landline' | 'invalid' | null;
  role?: 'debtor' | 'guarantor';
  timezone?: string | null;
  locale?: string | null;
  disputed?: boolean;
  pausedUntil?: string | null;
  optedOutAt?: string | null;
  optedOutVia?: string | null;
  consentAt?: string | null;
  consentSource?: string | null;
  contactHoursStart?: string | null;
  contactHoursEnd?: string | null;
  notes?: string | null;
}

/** Names are matched on a folded key (case, width and spacing ignored) during import. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

const COLUMNS: Record<keyof CustomerInsert, string> = {
  code: 'code',
  name: 'name',
  mobile: 'mobile',
  phoneRaw: 'phone_raw',
  unreachableReason: 'unreachable_reason',
  role: 'role',
  timezone: 'timezone',
  locale: 'locale',
  disputed: 'disputed',
  pausedUntil: 'paused_until',
  optedOutAt: 'opted_out_at',
  optedOutVia: 'opted_out_via',
  consentAt: 'consent_at',
  consentSource: 'consent_source',
  contactHoursStart: 'contact_hours_start',
  contactHoursEnd: 'contact_hours_end',
  notes: 'notes',
};

function toSql(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

export function insertCustomer(db: Db, c: CustomerInsert, nowIso: string): number {
  assertCodeFree(db, c.code ?? null, null);
  const keys = (Object.keys(COLUMNS) as (keyof CustomerInsert)[]).filter((k) => c[k] !== undefined);
  const cols = [...keys.map((k) => COLUMNS[k]), 'name_key', 'created_at', 'updated_at'];
  const values = [...keys.map((k) => toSql(c[k])), nameKey(c.name), nowIso, nowIso];
  const sql = `INSERT INTO customers (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...values).lastInsertRowid);
}

export function updateCustomer(db: Db, id: number, patch: Partial<CustomerInsert>, nowIso: string): void {
  if (patch.code !== undefined) assertCodeFree(db, patch.code, id);
  const keys = (Object.keys(COLUMNS) as (keyof CustomerInsert)[]).filter((k) => patch[k] !== undefined);
  const sets = keys.map((k) => `${COLUMNS[k]} = ?`);
  const values = keys.map((k) => toSql(patch[k]));
  if (patch.name !== undefined) {
    sets.push('name_key = ?');
    values.push(nameKey(patch.name));
  }
  sets.push('updated_at = ?');
  values.push(nowIso);
  const info = db.prepare(`UPDATE customers SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  if (info.changes === 0) throw new AppError('customer_not_found', { id });
}

function assertCodeFree(db: Db, code: string | null, selfId: number | null): void {
  if (!code) return;
  const row = db.prepare('SELECT id FROM customers WHERE code = ?').get(code) as { id: number } | undefined;
  if (row && row.id !== selfId) throw new AppError('duplicate_customer_code', { code });
}

interface BalanceRow {
  id: number;
  code: string | null;
  name: string;
  mobile: string | null;
  phone_raw: string | null;
  unreachable_reason: 'missing' | 'landline' | 'invalid' | null;
  opted_out_at: string | null;
  disputed: number;
  balance: number;
  overdue: number;
  oldest_overdue: string | null;
  open_count: number;
  days_overdue: number;
}

// One pass over invoices grouped per customer; the planner and the ledger page both read it.
const BALANCES_SQL = `
  SELECT c.id, c.code, c.name, c.mobile, c.phone_raw, c.unreachable_reason, c.opted_out_at, c.disputed,
    COALESCE(b.balance, 0) AS balance, COALESCE(b.overdue, 0) AS overdue,
    b.oldest_overdue, COALESCE(b.open_count, 0) AS open_count,
    COALESCE(CAST(julianday(@today) - julianday(b.oldest_overdue) AS INTEGER), 0) AS days_overdue
  FROM customers c
  LEFT JOIN (
    SELECT customer_id,
      SUM(amount_cents - paid_cents) AS balance,
      SUM(CASE WHEN due_date < @today THEN amount_cents - paid_cents ELSE 0 END) AS overdue,
      MIN(CASE WHEN due_date < @today THEN due_date END) AS oldest_overdue,
      COUNT(*) AS open_count
    FROM invoices WHERE status = 'open' GROUP BY customer_id
  ) b ON b.customer_id = c.id`;

const FILTER_SQL: Record<CustomerFilter, string> = {
  all: '1 = 1',
  overdue: 'overdue > 0',
  not_due: 'balance > 0 AND overdue = 0',
  paid: 'balance = 0',
  opted_out: 'opted_out_at IS NOT NULL',
  unreachable: 'mobile IS NULL',
};

export interface ListQuery {
  today: string;
  search?: string | undefined;
  filter?: CustomerFilter | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function toRow(r: BalanceRow): CustomerRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    mobile: r.mobile,
    phoneRaw: r.phone_raw,
    unreachableReason: r.unreachable_reason,
    balanceCents: r.balance,
    overdueCents: r.overdue,
    daysOverdue: r.days_overdue,
    oldestDueDate: r.oldest_overdue,
    openInvoices: r.open_count,
    status: r.overdue > 0 ? 'overdue' : r.balance > 0 ? 'open' : 'paid',
    optedOut: r.opted_out_at !== null,
    disputed: r.disputed === 1,
  };
}

export function listCustomers(db: Db, q: ListQuery): ReturnType<typeof queryCustomers> {
  return cachedRead(db, `customers:${JSON.stringify(q)}`, () => queryCustomers(db, q));
}

function queryCustomers(db: Db, q: ListQuery) {
  const where = [FILTER_SQL[q.filter ?? 'all']];
  const params: Record<string, unknown> = { today: q.today };
  if (q.search?.trim()) {
    where.push(`(name LIKE @search ESCAPE '\\' OR code LIKE @search ESCAPE '\\' OR mobile LIKE @search ESCAPE '\\' OR phone_raw LIKE @search ESCAPE '\\')`);
    params.search = `%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const base = `SELECT * FROM (${BALANCES_SQL}) WHERE ${where.join(' AND ')}`;
  const rows = db
    .prepare(`${base} ORDER BY overdue DESC, balance DESC, id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit ?? -1, offset: q.offset ?? 0 }) as BalanceRow[];
  const whole = q.limit === undefined && !q.offset;
  // The whole list is in hand: sum it here instead of running the grouped query a second time.
  const totals = whole
    ? rows.reduce(
        (t, r) => ({
          customers: t.customers + 1,
          balanceCents: t.balanceCents + r.balance,
          overdueCents: t.overdueCents + r.overdue,
          overdueCustomers: t.overdueCustomers + (r.overdue > 0 ? 1 : 0),
        }),
        { customers: 0, balanceCents: 0, overdueCents: 0, overdueCustomers: 0 },
      )
    : (db
        .prepare(
          `SELECT COUNT(*) AS customers, COALESCE(SUM(balance), 0) AS balanceCents, COALESCE(SUM(overdue), 0) AS overdueCents,
            COALESCE(SUM(overdue > 0), 0) AS overdueCustomers FROM (${base})`,
        )
        .get(params) as { customers: number; balanceCents: number; overdueCents: number; overdueCustomers: number });
  return { customers: rows.map(toRow), total: totals.customers, totals };
}

interface DetailRow extends BalanceRow {
  role: 'debtor' | 'guarantor';
  timezone: string | null;
  locale: string | null;
  paused_until: string | null;
  opted_out_via: string | null;
  consent_at: string | null;
  consent_source: string | null;
  contact_hours_start: string | null;
  contact_hours_end: string | null;
  notes: string | null;
}

export function getCustomer(db: Db, id: number, today: string): CustomerDetail {
  const r = db
    .prepare(
      `SELECT b.*, c.role, c.timezone, c.locale, c.paused_until, c.opted_out_via, c.consent_at, c.consent_source,
        c.contact_hours_start, c.contact_hours_end, c.notes
       FROM (${BALANCES_SQL} WHERE c.id = @id) b JOIN customers c ON c.id = b.id`,
    )
    .get({ today, id }) as DetailRow | undefined;
  if (!r) throw new AppError('customer_not_found', { id });
  return {
    ...toRow(r),
    role: r.role,
    timezone: r.timezone,
    locale: r.locale,
    pausedUntil: r.paused_until,
    optedOutAt: r.opted_out_at,
    optedOutVia: r.opted_out_via,
    consentAt: r.consent_at,
    consentSource: r.consent_source,
    contactHoursStart: r.contact_hours_start,
    contactHoursEnd: r.contact_hours_end,
    notes: r.notes,
  };
}

export function customerCount(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;
}
