import { create } from 'zustand';
import type { PlanResult } from '../../shared/contract/plan';
import { api } from '../api';
import { apiLang } from '../api/lang';
import type { Lang } from '../../shared/i18n/errors';

import type { MessageState, StateCounts } from '../queue/types';
import { type SendRun, startRun, trackRun } from '../queue/progress';

export type PlanTab = 'messages' | 'excluded';
export type SendPhase = 'idle' | 'approving' | 'sending' | 'done' | 'error';

export interface PlanState {
  /** The date typed in by the user; null = the business's today. */
  asOf: string | null;
  result: PlanResult | null;
  /** The language the plan's reasons and hints were translated into. */
  lang: Lang | null;
  running: boolean;
  error: string | null;
  /** The ledger changed after this plan was made. */
  stale: boolean;
  tab: PlanTab;
  reasonFilter: string | null;
  expanded: number[];
  /** Planned messages the user has unticked: they are not approved. */
  dropped: number[];
  phase: SendPhase;
  run: SendRun | null;
  summary: StateCounts | null;
  sendError: string | null;
  /** False when the host has no send queue (queue.* answers unknown_method). */
  queueAvailable: boolean;
}

const initial: PlanState = {
  asOf: null,
  result: null,
  lang: null,
  running: false,
  error: null,
  stale: false,
  tab: 'messages',
  reasonFilter: null,
  expanded: [],
  dropped: [],
  phase: 'idle',
  run: null,
  summary: null,
  sendError: null,
  queueAvailable: true,
};

const usePlanStore = create<PlanState>(() => initial);
const set = usePlanStore.setState;
const get = usePlanStore.getState;

let syncing: Promise<void> | null = null;
let syncAgain = false;

/** Brings the states shown in the plan up to date with the queue, without planning again. */
async function syncStatesOnce(): Promise<void> {
  const { result } = get();
  if (!result || result.messages.length === 0) return;
  const r = await api().call('queue.list', {});
  if (!r.ok) {
    if (r.error.code === 'unknown_method') set({ queueAvailable: false });
    return;
  }
  const states = new Map<number, MessageState>(r.value.messages.map((m) => [m.id, m.state]));
  const current = get().result;
  if (!current) return;
  set({ result: { ...current, messages: current.messages.map((m) => ({ ...m, state: states.get(m.id) ?? m.state })) } });
}

/** The ids the user approves: every planned message not unticked. */
export function approvableIds(s: Pick<PlanState, 'result' | 'dropped'>): number[] {
  return (s.result?.messages ?? []).filter((m) => m.state === 'planned' && !s.dropped.includes(m.id)).map((m) => m.id);
}

export const planActions = {
  setAsOf(asOf: string | null): void {
    set({ asOf });
  },
  async run(): Promise<void> {
    set({ running: true, error: null });
    const { asOf } = get();
    const lang = apiLang();
    const r = await api().call('plan.run', asOf ? { asOf } : {});
    if (!r.ok) {
      set({ running: false, error: r.error.message });
      return;
    }
    const sameDay = get().result?.asOf === r.value.asOf;
    set({
      running: false,
      result: r.value,
      lang,
      stale: false,
      // A new day's plan starts fresh; the same day's plan keeps what the user did.
      ...(sameDay ? {} : { dropped: [], expanded: [], reasonFilter: null, phase: 'idle' as const, run: null, summary: null, sendError: null }),
    });
  },
  /** Reasons and hints arrive translated: after a language switch, fetch the same plan again. */
  async ensureLang(lang: Lang): Promise<void> {
    const s = get();
    if (s.result && !s.running && s.lang !== lang) await planActions.run();
  },
  syncStates(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        await syncStatesOnce();
      } while (syncAgain);
      syncing = null;
    })();
    return syncing;
  },
  markStale(): void {
    if (get().result) set({ stale: true });
  },
  setTab(tab: PlanTab): void {
    set({ tab });
  },
  setReasonFilter(reason: string | null): void {
    set({ reasonFilter: reason });
  },
  toggleExpanded(id: number): void {
    const { expanded } = get();
    set({ expanded: expanded.includes(id) ? expanded.filter((x) => x !== id) : [...expanded, id] });
  },
  toggleDropped(id: number): void {
    const { dropped } = get();
    set({ dropped: dropped.includes(id) ? dropped.filter((x) => x !== id) : [...dropped, id] });
  },
  /** Ticks every planned message (all = true) or none. */
  selectAll(all: boolean): void {
    const planned = (get().result?.messages ?? []).filter((m) => m.state === 'planned').map((m) => m.id);
    set({ dropped: all ? [] : planned });
  },
  /** Approves the ticked messages (planned → queued); with send, also runs the queue now. */
  async approve(send: boolean): Promise<void> {
    const ids = approvableIds(get());
    if (ids.length === 0) return;
    set({ phase: 'approving', sendError: null, summary: null });
    const before = await api().call('queue.status', {});
    const approved = await api().call('queue.approve', { ids });
    if (!approved.ok) {
      set({ phase: 'error', sendError: approved.error.message, queueAvailable: approved.error.code !== 'unknown_method' });
      return;
    }
    await planActions.syncStates();
    const approvedIds = approved.value.approved;
    if (!send || approvedIds.length === 0) {
      set({ phase: 'idle' });
      return;
    }
    set({ phase: 'sending', run: startRun(approvedIds.length, before.ok ? before.value.counts : {}) });
    const worked = await api().call('queue.work', {});
    if (!worked.ok) {
      set({ phase: 'error', sendError: worked.error.message });
      await planActions.syncStates();
      return;
    }
    const mine = new Set(approvedIds);
    const summary: StateCounts = {};
    for (const m of worked.value.messages) if (mine.has(m.id)) summary[m.state] = (summary[m.state] ?? 0) + 1;
    const run = get().run;
    set({ phase: 'done', summary, run: run ? { ...run, done: run.total } : null });
    await planActions.syncStates();
  },
  /** queue.progress while this page's send runs: moves the bar. */
  onProgress(counts: StateCounts): void {
    const { run, phase } = get();
    if (phase === 'sending' && run) set({ run: trackRun(run, counts) });
  },
  dismissSummary(): void {
    set({ phase: 'idle', summary: null, run: null, sendError: null });
  },
  /** A ledger switch: the old plan means nothing for the new ledger. */
  reset(): void {
    set(initial);
  },
};

export const usePlan = <T>(pick: (s: PlanState) => T): T => usePlanStore(pick);
