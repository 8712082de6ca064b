// One data row → a normalised row, a rejection or a skip, plus warnings. Pure.
//
// Money rules: balance = amount − paid when there is no balance column; paid = amount − balance
// when there is no paid column; amount = balance + paid when there is no amount column. When all
// three are given and disagree, amount and paid win (the ledger stores those) and the row carries
// a `balance_mismatch` warning. A missing due date is rejected even when an issue date exists:
// guessing a due date would start reminders on a day nobody agreed to.
import { formatCentsPlain as fmt } from '../../shared/money';
import { isBlankRow, isTotalsRow } from './detect';
import { rowMessage } from './messages';
import type { PhoneCheck } from '../../shared/phone';
import { cleanText, nameKey, normalisePhone, parseAmount, parseDate } from './normalise';
import type { Field, Mapping, NormalisedRow, RejectReason, SkipReason, Warning, WarningReason } from './types';

export const MAX_TEXT_FIELD = 200;

/** Cell text quoted in a message: enough to find the cell, never a megabyte. */
const quote = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export interface RowContext {
  mapping: Mapping;
  headers: readonly string[];
  /** Per date field: read year-last dates day first (see date.ts). */
  dayFirst: { issueDate: boolean; dueDate: boolean };
  /** Answers already worked out for this sheet (a ledger repeats its dates, phones and names). */
  memo?: RowMemo;
}

export interface RowMemo {
  issueDate: Map<string, string | null>;
  dueDate: Map<string, string | null>;
  phone: Map<string, PhoneCheck>;
  nameKey: Map<string, string>;
}

export const newRowMemo = (): RowMemo => ({ issueDate: new Map(), dueDate: new Map(), phone: new Map(), nameKey: new Map() });

function memoised<K, V>(memo: Map<K, V> | undefined, key: K, fn: (key: K) => V): V {
  if (!memo) return fn(key);
  let v = memo.get(key);
  if (v === undefined) {
    v = fn(key);
    memo.set(key, v);
  }
  return v;
}

export type RowOutcome =
  | { kind: 'row'; row: NormalisedRow; warnings: Warning[] }
  | { kind: 'rejected'; reason: RejectReason; params: Record<string, unknown> }
  | { kind: 'skipped'; reason: SkipReason };

class Reject {
  constructor(
    readonly reason: RejectReason,
    readonly params: Record<string, unknown> = {},
  ) {}
}

const FIELD_LABEL: Record<Field, string> = {
  customerCode: '客户编码/Customer code', name: '客户名称/Customer', mobile: '手机/Mobile', contact: '联系人/Contact',
  reference: '单据编号/Reference', issueDate: '单据日期/Date', dueDate: '到期日/Due date', amount: '金额/Amount',
  paid: '已收金额/Paid', balance: '未收金额/Balance',
};

export function normaliseRow(cells: string[], rowNumber: number, ctx: RowContext): RowOutcome {
  if (isBlankRow(cells)) return { kind: 'skipped', reason: 'blank' };
  if (isTotalsRow(cells, ctx.mapping)) return { kind: 'skipped', reason: 'totals_row' };
  try {
    return build(cells, rowNumber, ctx);
  } catch (err) {
    if (err instanceof Reject) return { kind: 'rejected', reason: err.reason, params: err.params };
    throw err;
  }
}

function build(cells: string[], rowNumber: number, ctx: RowContext): RowOutcome {
  const col = (f: Field) => ctx.headers[ctx.mapping[f] ?? -1] || FIELD_LABEL[f];
  const raw = (f: Field): string => {
    const i = ctx.mapping[f];
    return i === undefined ? '' : cleanText(cells[i] ?? '');
  };
  const text = (f: Field): string | null => {
    const v = raw(f);
    if (v.length > MAX_TEXT_FIELD) throw new Reject('field_too_long', { column: col(f), limit: MAX_TEXT_FIELD });
    return v === '' ? null : v;
  };
  const date = (f: 'issueDate' | 'dueDate'): string | null => {
    const v = raw(f);
    if (v === '') return null;
    const iso = memoised(ctx.memo?.[f], v, (t) => parseDate(t, { dayFirst: ctx.dayFirst[f] }));
    if (iso === null) throw new Reject('invalid_date', { column: col(f), value: quote(v) });
    return iso;
  };
  const money = (f: 'amount' | 'paid' | 'balance'): number | null => {
    const v = raw(f);
    if (v === '') return null;
    const parsed = parseAmount(v);
    if (!parsed.ok) throw new Reject('invalid_amount', { column: col(f), value: quote(v) });
    if (parsed.cents < 0) throw new Reject('negative_amount', { column: col(f), value: quote(v) });
    return parsed.cents;
  };

  const name = text('name');
  if (name === null) throw new Reject('missing_name');
  const code = text('customerCode');
  const contact = text('contact');
  const reference = text('reference');
  const phoneRaw = raw('mobile');
  if (phoneRaw.length > MAX_TEXT_FIELD) throw new Reject('field_too_long', { column: col('mobile'), limit: MAX_TEXT_FIELD });
  const issueDate = date('issueDate');
  const dueDate = date('dueDate');
  if (dueDate === null) throw new Reject('missing_due_date');
  if (issueDate !== null && dueDate < issueDate) throw new Reject('due_before_issue', { due: dueDate, issue: issueDate });

  const amountIn = money('amount');
  const paidIn = money('paid');
  const balanceIn = money('balance');
  if (amountIn === null && balanceIn === null) throw new Reject('missing_amount');
  const amountCents = amountIn ?? (balanceIn ?? 0) + (paidIn ?? 0);
  const paidCents = paidIn ?? (balanceIn === null ? 0 : amountCents - balanceIn);
  if (paidCents < 0) throw new Reject('balance_exceeds_amount', { balance: fmt(balanceIn ?? 0), amount: fmt(amountCents) });
  if (paidCents > amountCents) throw new Reject('paid_exceeds_amount', { paid: fmt(paidCents), amount: fmt(amountCents) });
  const balanceCents = amountCents - paidCents;

  const warnings: Warning[] = [];
  const warn = (reason: WarningReason, messageKey: string, params: Record<string, unknown>) =>
    warnings.push({ row: rowNumber, reason, message: rowMessage(messageKey, params), cells });
  if (balanceIn !== null && amountIn !== null && paidIn !== null && balanceIn !== balanceCents) {
    warn('balance_mismatch', 'balance_mismatch', { balance: fmt(balanceIn), amount: fmt(amountIn), paid: fmt(paidIn) });
  }
  const phone = memoised(ctx.memo?.phone, phoneRaw, normalisePhone);
  if (phone.kind === 'unreachable' && ctx.mapping.mobile !== undefined) {
    warn('phone_unreachable', `phone_${phone.reason}`, { value: quote(phoneRaw) });
  }
  return {
    kind: 'row',
    warnings,
    row: {
      row: rowNumber,
      customer: {
        code,
        name,
        nameKey: memoised(ctx.memo?.nameKey, name, nameKey),
        phoneRaw: phoneRaw === '' ? null : phoneRaw,
        mobile: phone.kind === 'mobile' ? phone.e164 : null,
        unreachableReason: phone.kind === 'unreachable' ? phone.reason : null,
        contact,
      },
      invoice: { reference, issueDate, dueDate, amountCents, paidCents, balanceCents },
      cells,
    },
  };
}
