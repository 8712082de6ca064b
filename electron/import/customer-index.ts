// Who a row's customer is: by customer code, else by normalised name + mobile. The ledger's
// customers are loaded once into maps (a 100,000-row file would otherwise mean 100,000 queries),
// and customers planned earlier in the same file are found the same way.
import type { Db } from '../ledger/db';
import { nameKey } from '../ledger/customers-repo';
import type { CustomerValues, PlannedCustomer } from './plan-types';
import type { NormalisedCustomer } from './types';

interface DbCustomer extends CustomerValues {
  id: number;
  nameKey: string;
}

const nmKey = (name: string, mobile: string | null) => `${nameKey(name)}\u0000${mobile ?? ''}`;

export class CustomerIndex {
  private readonly byCode = new Map<string, DbCustomer>();
  private readonly byNm = new Map<string, DbCustomer>();
  /** Planned customers (index into `planned`) by code, by name+mobile and by ledger id. */
  private readonly planCode = new Map<string, number>();
  private readonly planNm = new Map<string, number>();
  private readonly planId = new Map<number, number>();
  readonly planned: PlannedCustomer[] = [];

  constructor(db: Db) {
    const rows = db
      .prepare('SELECT id, code, name, mobile, phone_raw, unreachable_reason, name_key FROM customers ORDER BY id')
      .all() as { id: number; code: string | null; name: string; mobile: string | null; phone_raw: string | null; unreachable_reason: CustomerValues['unreachableReason']; name_key: string }[];
    for (const r of rows) {
      const c: DbCustomer = { id: r.id, code: r.code, name: r.name, mobile: r.mobile, phoneRaw: r.phone_raw, unreachableReason: r.unreachable_reason, nameKey: r.name_key };
      if (c.code) this.byCode.set(c.code, c);
      const k = `${c.nameKey}\u0000${c.mobile ?? ''}`;
      if (!this.byNm.has(k)) this.byNm.set(k, c);
    }
  }

  /** The plan index for this row's customer, planning it (create or update) on first sight. */
  resolve(c: NormalisedCustomer): { index: number; first: boolean } {
    // Most rows of a big file belong to a customer already seen by code: skip the name folding then.
    if (c.code !== null) {
      const known = this.planCode.get(c.code);
      if (known !== undefined) return { index: known, first: false };
    }
    const nm = nmKey(c.name, c.mobile);
    const known = c.code !== null ? undefined : this.planNm.get(nm);
    if (known !== undefined) return { index: known, first: false };
    let match = c.code !== null ? this.byCode.get(c.code) : undefined;
    let byCode = match !== undefined;
    if (!match) {
      const cand = this.byNm.get(nm);
      // A code in the file never overrides a different code in the ledger: that is another customer.
      if (cand && (c.code === null || cand.code === null)) match = cand;
      byCode = false;
    }
    if (match) {
      const already = this.planId.get(match.id);
      if (already !== undefined) return this.remember(c, nm, already, false);
      const plan = planUpdate(match, c, byCode);
      this.planned.push(plan);
      this.planId.set(match.id, this.planned.length - 1);
      return this.remember(c, nm, this.planned.length - 1, true);
    }
    this.planned.push({
      id: null,
      values: { code: c.code, name: c.name, mobile: c.mobile, phoneRaw: c.phoneRaw, unreachableReason: c.unreachableReason },
      changes: [],
    });
    return this.remember(c, nm, this.planned.length - 1, true);
  }

  private remember(c: NormalisedCustomer, nm: string, index: number, first: boolean) {
    if (c.code !== null && !this.planCode.has(c.code)) this.planCode.set(c.code, index);
    if (!this.planNm.has(nm)) this.planNm.set(nm, index);
    return { index, first };
  }
}

/**
 * What the file changes on an existing customer. A blank phone cell never erases a known mobile,
 * and a re-formatted but equal number ("+86 138…" vs "138…") is not a change.
 */
function planUpdate(db: DbCustomer, c: NormalisedCustomer, matchedByCode: boolean): PlannedCustomer {
  const values: Partial<CustomerValues> = {};
  const changes: string[] = [];
  if (matchedByCode && c.name !== db.name) {
    values.name = c.name;
    changes.push('name');
  }
  if (c.code !== null && db.code === null) {
    values.code = c.code;
    changes.push('code');
  }
  if (c.phoneRaw !== null && (c.mobile !== db.mobile || c.unreachableReason !== db.unreachableReason)) {
    Object.assign(values, { mobile: c.mobile, phoneRaw: c.phoneRaw, unreachableReason: c.unreachableReason });
    changes.push('mobile');
  }
  return { id: db.id, values, changes };
}
