// A row without an invoice reference still needs a stable identity, so a re-import of the same
// file finds the same invoice: `AUTO-<due date>-<amount in cents>[-<issue date>]`, plus `#2`, `#3`
// for identical keys of one customer in file order. Limit: without a reference, a changed amount
// or due date looks like a new invoice (the old one stays until edited or paid).
import type { NormalisedInvoice } from './types';

export function derivedReference(inv: NormalisedInvoice): string {
  return `AUTO-${inv.dueDate}-${inv.amountCents}${inv.issueDate ? `-${inv.issueDate}` : ''}`;
}

/** Hands out `ref`, `ref#2`, `ref#3`… per customer key, in call order. */
export function referenceCounter(): (customerKey: number, ref: string) => string {
  const seen = new Map<string, number>();
  return (customerKey, ref) => {
    const key = `${customerKey}\u0000${ref}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? ref : `${ref}#${n}`;
  };
}
