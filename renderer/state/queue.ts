import { coalesced } from './coalesce';
import { create } from 'zustand';
import { api } from '../api';

import { type SendRun, startRun, trackRun } from '../queue/progress';
import type { MessageState, QueueEvent, QueueMessage, QueueProgress, QueueStatus, StateCounts } from '../queue/types';

export type QueueFilter = MessageState | 'all';
export type Detail = { status: 'loading' } | { status: 'ready'; message: QueueMessage; events: QueueEvent[] } | { status: 'error'; message: string };

export interface QueueState {
  messages: QueueMessage[] | null;
  status: QueueStatus | null;
  loadError: string | null;
  /** False when the host has no send queue yet (queue.* answers unknown_method). */
  available: boolean;
  filter: QueueFilter;
  selected: number[];
  openId: number | null;
  detail: Detail | null;
  busy: boolean;
  actionError: string | null;
  /** The worker is sending (from queue.progress), and how far a run started here has come. */
  sending: boolean;
  run: SendRun | null;
  lastSummary: StateCounts | null;
}

const initial: QueueState = {
  messages: null,
  status: null,
  loadError: null,
  available: true,
  filter: 'all',
  selected: [],
  openId: null,
  detail: null,
  busy: false,
  actionError: null,
  sending: false,
  run: null,
  lastSummary: null,
};

const useQueueStore = create<QueueState>(() => initial);
const set = useQueueStore.setState;
const get = useQueueStore.getState;


async function loadDetail(id: number): Promise<void> {
  const r = await api().call('queue.get', { id });
  if (get().openId !== id) return;
  set({ detail: r.ok ? { status: 'ready', message: r.value.message, events: r.value.events } : { status: 'error', message: r.error.message } });
}

async function fetchAll(): Promise<void> {
  const [list, status] = await Promise.all([api().call('queue.list', {}), api().call('queue.status', {})]);
  if (!list.ok) {
    set({ loadError: list.error.message, available: list.error.code !== 'unknown_method' });
    return;
  }
  const ids = new Set(list.value.messages.map((m) => m.id));
  set((s) => ({
    messages: list.value.messages,
    status: status.ok ? status.value : s.status,
    loadError: null,
    available: true,
    selected: s.selected.filter((id) => ids.has(id)),
  }));
  const { openId } = get();
  if (openId !== null) await loadDetail(openId);
}

/** Runs one queue action, then reloads; answers the server's message on failure. */
async function act(run: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>): Promise<boolean> {
  set({ busy: true, actionError: null });
  const r = await run();
  set({ busy: false, actionError: r.ok ? null : r.error.message });
  await queueActions.refresh();
  return r.ok;
}

// Progress events carry counts only; the rows (a late delivery report, a retry) are re-read at
// most a few times a second, so a burst of events costs one request.
let rowRefresh: ReturnType<typeof setTimeout> | null = null;
function scheduleRowRefresh(): void {
  if (rowRefresh) return;
  rowRefresh = setTimeout(() => {
    rowRefresh = null;
    void queueActions.refresh();
  }, 400);
}

export const queueActions = {
  refresh: coalesced(fetchAll),
  setFilter(filter: QueueFilter): void {
    set({ filter });
  },
  toggleSelected(id: number): void {
    const { selected } = get();
    set({ selected: selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id] });
  },
  setSelected(ids: number[]): void {
    set({ selected: ids });
  },
  open(id: number): void {
    set({ openId: id, detail: { status: 'loading' } });
    void loadDetail(id);
  },
  close(): void {
    set({ openId: null, detail: null });
  },
  pause: () => act(() => api().call('queue.pause', {})),
  resume: () => act(() => api().call('queue.resume', {})),
  cancel: (ids: number[]) => act(() => api().call('queue.cancel', { ids })),
  cancelAll: () => act(() => api().call('queue.cancel', { all: true })),
  resolve: (id: number, action: 'mark_sent' | 'send_again') => act(() => api().call('queue.resolveUncertain', { id, action })),
  /** Sends whatever is due now, with a progress bar for the messages waiting at the start. */
  async work(): Promise<void> {
    const counts = get().status?.counts ?? {};
    const due = (counts.queued ?? 0) + (counts.sending ?? 0);
    set({ busy: true, actionError: null, run: startRun(due, counts), lastSummary: null });
    const r = await api().call('queue.work', {});
    set({ busy: false, run: null, actionError: r.ok ? null : r.error.message, lastSummary: r.ok ? r.value.summary : null });
    await queueActions.refresh();
  },
  onProgress(p: QueueProgress): void {
    scheduleRowRefresh();
    const { run, status } = get();
    set({
      sending: p.sending,
      run: run ? trackRun(run, p.counts) : null,
      status: status ? { ...status, counts: p.counts, nextAttemptAt: p.nextAttemptAt, paused: p.paused ?? status.paused } : status,
    });
  },
  dismissSummary(): void {
    set({ lastSummary: null });
  },
  reset(): void {
    set(initial);
  },
};

export const useQueue = <T>(pick: (s: QueueState) => T): T => useQueueStore(pick);
