import { create } from 'zustand';
import type { Output } from '../../shared/api';
import type { Lang } from '../../shared/i18n/errors';
import type { LedgerInfo } from '../../shared/contract/ledgers';
import { api } from '../api';
import { applyLang, storedLang } from '../i18n';

export interface AppState {
  lang: Lang;
  info: Output<'app.info'> | null;
  ledgers: LedgerInfo[];
  current: LedgerInfo | null;
  ledgerError: string | null;
}

const useApp = create<AppState>(() => ({
  lang: storedLang() ?? 'zh-CN',
  info: null,
  ledgers: [],
  current: null,
  ledgerError: null,
}));

export const appActions = {
  async loadInfo(): Promise<void> {
    const r = await api().call('app.info', {});
    if (r.ok) useApp.setState({ info: r.value });
  },
  async loadLedgers(): Promise<void> {
    const r = await api().call('ledgers.list', {});
    if (r.ok) useApp.setState({ ledgers: r.value.ledgers, current: r.value.current, ledgerError: null });
    else useApp.setState({ ledgerError: r.error.message });
  },
  /** Both ledger actions answer with an error message to show inline, or null. */
  async createLedger(name: string): Promise<string | null> {
    const r = await api().call('ledgers.create', { name });
    if (!r.ok) return r.error.message;
    await appActions.loadLedgers();
    return null;
  },
  async openLedger(path: string): Promise<string | null> {
    const r = await api().call('ledgers.open', { path });
    if (!r.ok) return r.error.message;
    await appActions.loadLedgers();
    return null;
  },
  /** Switches the UI now; remembered in this browser and in the ledger's settings. */
  async setLanguage(lang: Lang): Promise<void> {
    applyLang(lang);
    useApp.setState({ lang });
    await api().call('settings.set', { key: 'language', value: lang });
  },
  /** Adopts the ledger's language when this browser has no remembered choice. */
  adoptLanguage(lang: Lang): void {
    if (storedLang() || useApp.getState().lang === lang) return;
    applyLang(lang);
    useApp.setState({ lang });
  },
};

export const useLang = () => useApp((s) => s.lang);
export const useInfo = () => useApp((s) => s.info);
export const useLedgers = () => useApp((s) => s.ledgers);
export const useCurrentLedger = () => useApp((s) => s.current);
export const useLedgerError = () => useApp((s) => s.ledgerError);
