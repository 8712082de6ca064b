// Repeated invoices inside one file. The same customer + reference with identical values counts
// once (`duplicate_row`); with different values nobody can tell which is right, so every copy is
// rejected (`conflicting_duplicate`). Rows without a reference only collapse when fully identical.
import type { NormalisedRow } from './types';

export interface DedupeResult {
  kept: NormalisedRow[];
  duplicates: { row: NormalisedRow; first: number }[];
  conflicts: { row: NormalisedRow; rows: number[] }[];
}

/** The normalised values (not the raw text: "+86 138…" and "138…" are the same phone). */
function signature(r: NormalisedRow): string {
  const c = r.customer;
  return JSON.stringify([c.code, c.nameKey, c.mobile, c.unreachableReason, c.contact, r.invoice]);
}

function identity(r: NormalisedRow): string {
  const who = r.customer.code !== null ? `c:${r.customer.code}` : `n:${r.customer.nameKey}`;
  return r.invoice.reference !== null ? `${who}\u0000r:${r.invoice.reference}` : `${who}\u0000v:${signature(r)}`;
}

export function dedupeRows(rows: readonly NormalisedRow[]): DedupeResult {
  const groups = new Map<string, NormalisedRow[]>();
  for (const r of rows) {
    const key = identity(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const result: DedupeResult = { kept: [], duplicates: [], conflicts: [] };
  const conflicted = new Set<NormalisedRow>();
  const dropped = new Set<NormalisedRow>();
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first || rest.length === 0) continue;
    const sig = signature(first);
    if (rest.every((r) => signature(r) === sig)) {
      for (const r of rest) {
        dropped.add(r);
        result.duplicates.push({ row: r, first: first.row });
      }
    } else {
      const numbers = group.map((r) => r.row);
      for (const r of group) {
        conflicted.add(r);
        result.conflicts.push({ row: r, rows: numbers });
      }
    }
  }
  result.kept = rows.filter((r) => !conflicted.has(r) && !dropped.has(r));
  return result;
}
