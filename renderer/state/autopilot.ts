import { coalesced } from './coalesce';
import { create } from 'zustand';
import type { Output } from '../../shared/api';
import { api } from '../api';

export type AutopilotStatus = Output<'autopilot.status'>;

export interface AutopilotState {
  status: AutopilotStatus | null;
  /** The host's clock when the status was read (UTC ISO), and the business's today. */
  now: string | null;
  today: string | null;
  loadError: string | null;
  /** False when the host has no autopilot (autopilot.status answers unknown_method). */
  available: boolean;
  busy: boolean;
  actionError: string | null;
}

const initial: AutopilotState = {
  status: null,
  now: null,
  today: null,
  loadError: null,
  available: true,
  busy: false,
  actionError: null,
};

const useAutopilotStore = create<AutopilotState>(() => initial);
const set = useAutopilotStore.setState;


async function fetchStatus(): Promise<void> {
  const [status, info] = await Promise.all([api().call('autopilot.status', {}), api().call('app.info', {})]);
  if (!status.ok) {
    set({ loadError: status.error.message, available: status.error.code !== 'unknown_method' });
    return;
  }
  set((s) => ({
    status: status.value,
    now: info.ok ? info.value.now : s.now,
    today: info.ok ? info.value.today : s.today,
    loadError: null,
    available: true,
  }));
}

/** Writes one autopilot setting; the status is read again either way. */
async function write(key: 'autopilot.enabled' | 'autopilot.time', value: boolean | string): Promise<boolean> {
  set({ busy: true, actionError: null });
  const r = await api().call('settings.set', { key, value });
  set({ busy: false, actionError: r.ok ? null : r.error.message });
  await autopilotActions.load();
  return r.ok;
}

export const autopilotActions = {
  /** Reads the status (coalesced: a burst of events costs at most two requests). */
  load: coalesced(fetchStatus),
  setEnabled: (enabled: boolean) => write('autopilot.enabled', enabled),
  setTime: (time: string) => write('autopilot.time', time),
  clearError(): void {
    set({ actionError: null });
  },
  /** Re-reads the status every few seconds while a screen shows it; returns the stop function. */
  poll(everyMs = 10_000): () => void {
    void autopilotActions.load();
    const timer = setInterval(() => void autopilotActions.load(), everyMs);
    return () => clearInterval(timer);
  },
  /** A ledger switch: the old ledger's runs mean nothing for the new one. */
  reset(): void {
    set(initial);
  },
};

export const useAutopilot = <T>(pick: (s: AutopilotState) => T): T => useAutopilotStore(pick);
