import { coalesced } from './coalesce';
import { create } from 'zustand';
import type { Input, Output } from '../../shared/api';
import type { CustomerRow } from '../../shared/contract/ledger';
import type { ErrorInfo } from '../../shared/result';
import { api } from '../api';
import type { CustomerFilter } from '../ledger/filter';
import { appActions } from './app';
import { settingsActions } from './settings';

export type Totals = Output<'customers.list'>['totals'];
export type CustomerDetailData = Output<'customers.get'>;
export type DetailEntry = { status: 'loading' } | { status: 'ready'; data: CustomerDetailData } | { status: 'error'; message: string };
/** What a form gets back from a save: nothing to show, or the server's translated error. */
export type SaveOutcome = { ok: true } | { ok: false; error: ErrorInfo };

export interface LedgerState {
  customers: CustomerRow[] | null;
  totals: Totals | null;
  loadError: string | null;
  searchText: string;
  query: string;
  filter: CustomerFilter;
  expanded: number[];
  details: Record<number, DetailEntry>;
  demoLoading: boolean;
  demoError: string | null;
}

const useLedgerStore = create<LedgerState>(() => ({
  customers: null,
  totals: null,
  loadError: null,
  searchText: '',
  query: '',
  filter: 'all',
  expanded: [],
  details: {},
  demoLoading: false,
  demoError: null,
}));

const SEARCH_DEBOUNCE_MS = 180;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

async function fetchDetail(id: number): Promise<void> {
  const r = await api().call('customers.get', { id });
  const entry: DetailEntry = r.ok ? { status: 'ready', data: r.value } : { status: 'error', message: r.error.message };
  useLedgerStore.setState((s) => ({ details: { ...s.details, [id]: entry } }));
}

async function fetchAll(): Promise<void> {
  // The whole list once (the virtualised view renders only what is on screen).
  const r = await api().call('customers.list', {});
  if (!r.ok) {
    useLedgerStore.setState({ loadError: r.error.message });
    return;
  }
  useLedgerStore.setState({ customers: r.value.customers, totals: r.value.totals, loadError: null });
  await Promise.all(useLedgerStore.getState().expanded.map(fetchDetail));
}

async function mutate<T>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ErrorInfo }>): Promise<SaveOutcome> {
  const r = await run();
  if (!r.ok) return { ok: false, error: r.error };
  await ledgerActions.refresh();
  return { ok: true };
}

export const ledgerActions = {
  /** Reloads the list; calls arriving while one runs are folded into a single follow-up. */
  refresh: coalesced(fetchAll),
  setSearch(text: string): void {
    useLedgerStore.setState({ searchText: text });
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => useLedgerStore.setState({ query: text }), SEARCH_DEBOUNCE_MS);
  },
  setFilter(filter: CustomerFilter): void {
    useLedgerStore.setState({ filter });
  },
  toggle(id: number): void {
    const { expanded, details } = useLedgerStore.getState();
    if (expanded.includes(id)) {
      useLedgerStore.setState({ expanded: expanded.filter((x) => x !== id) });
      return;
    }
    useLedgerStore.setState({ expanded: [...expanded, id] });
    if (!details[id]) {
      useLedgerStore.setState((s) => ({ details: { ...s.details, [id]: { status: 'loading' } } }));
    }
    void fetchDetail(id);
  },
  async loadDemo(): Promise<void> {
    useLedgerStore.setState({ demoLoading: true, demoError: null });
    const r = await api().call('demo.load', {});
    if (!r.ok) useLedgerStore.setState({ demoError: r.error.message });
    await ledgerActions.refresh();
    // The demo also fills in the shop's name and signature, which name the ledger too.
    await Promise.all([settingsActions.load(), appActions.loadLedgers()]);
    useLedgerStore.setState({ demoLoading: false });
  },
  addCustomer: (input: Input<'customers.add'>) => mutate(() => api().call('customers.add', input)),
  updateCustomer: (input: Input<'customers.update'>) => mutate(() => api().call('customers.update', input)),
  addInvoice: (input: Input<'invoices.add'>) => mutate(() => api().call('invoices.add', input)),
  addPayment: (input: Input<'payments.add'>) => mutate(() => api().call('payments.add', input)),
  /** A ledger switch: forget everything about the old one. */
  reset(): void {
    useLedgerStore.setState({ customers: null, totals: null, expanded: [], details: {}, loadError: null });
  },
};

export const useCustomers = () => useLedgerStore((s) => s.customers);
export const useTotals = () => useLedgerStore((s) => s.totals);
export const useLedgerLoadError = () => useLedgerStore((s) => s.loadError);
export const useSearchText = () => useLedgerStore((s) => s.searchText);
export const useQuery = () => useLedgerStore((s) => s.query);
export const useFilter = () => useLedgerStore((s) => s.filter);
export const useExpanded = () => useLedgerStore((s) => s.expanded);
export const useDetail = (id: number) => useLedgerStore((s) => s.details[id]);
export const useDemoLoading = () => useLedgerStore((s) => s.demoLoading);
export const useDemoError = () => useLedgerStore((s) => s.demoError);
