import type { CustomerRow } from '../../shared/contract/ledger';

export type CustomerFilter = 'all' | 'overdue' | 'not_due' | 'paid' | 'opted_out' | 'unreachable';
export const FILTERS: CustomerFilter[] = ['all', 'overdue', 'not_due', 'paid', 'opted_out', 'unreachable'];

// The same meanings as the server's customers.list filters, applied to the list already loaded so
// that typing and switching chips never waits for a round trip.
const TESTS: Record<CustomerFilter, (c: CustomerRow) => boolean> = {
  all: () => true,
  overdue: (c) => c.overdueCents > 0,
  not_due: (c) => c.balanceCents > 0 && c.overdueCents === 0,
  paid: (c) => c.balanceCents === 0,
  opted_out: (c) => c.optedOut,
  unreachable: (c) => c.mobile === null,
};

export function filterCustomers(rows: CustomerRow[], filter: CustomerFilter, query: string): CustomerRow[] {
  const q = query.trim().toLowerCase();
  const test = TESTS[filter];
  if (!q && filter === 'all') return rows;
  return rows.filter(
    (c) =>
      test(c) &&
      (!q ||
        c.name.toLowerCase().includes(q) ||
        (c.code?.toLowerCase().includes(q) ?? false) ||
        (c.mobile?.includes(q) ?? false) ||
        (c.phoneRaw?.includes(q) ?? false)),
  );
}

export function countByFilter(rows: CustomerRow[]): Record<CustomerFilter, number> {
  const counts = { all: 0, overdue: 0, not_due: 0, paid: 0, opted_out: 0, unreachable: 0 };
  for (const c of rows) for (const f of FILTERS) if (TESTS[f](c)) counts[f]++;
  return counts;
}
