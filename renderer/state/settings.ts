import { create } from 'zustand';
import type { SettingKey, Settings, SettingValue } from '../../shared/settings';
import { isLang } from '../i18n';
import { api } from '../api';
import { appActions } from './app';

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  saving: boolean;
  /** Server messages per key, shown next to the field. */
  fieldErrors: Partial<Record<SettingKey, string>>;
  savedAt: number | null;
}

const useSettingsStore = create<SettingsState>(() => ({
  settings: null,
  loadError: null,
  saving: false,
  fieldErrors: {},
  savedAt: null,
}));

export const settingsActions = {
  async load(): Promise<void> {
    const r = await api().call('settings.list', {});
    if (!r.ok) {
      useSettingsStore.setState({ loadError: r.error.message });
      return;
    }
    const settings = r.value.settings as Settings; // settings.list always answers with every key
    useSettingsStore.setState({ settings, loadError: null });
    if (isLang(settings.language)) appActions.adoptLanguage(settings.language);
  },
  /** Writes only the changed keys; true when all of them were accepted. */
  async save(patch: Partial<Record<SettingKey, SettingValue>>): Promise<boolean> {
    const current = useSettingsStore.getState().settings;
    useSettingsStore.setState({ saving: true, fieldErrors: {}, savedAt: null });
    const fieldErrors: Partial<Record<SettingKey, string>> = {};
    for (const [key, value] of Object.entries(patch) as [SettingKey, SettingValue][]) {
      if (current && current[key] === value) continue;
      const r = await api().call('settings.set', { key, value });
      if (!r.ok) fieldErrors[key] = r.error.message;
    }
    const ok = Object.keys(fieldErrors).length === 0;
    useSettingsStore.setState({ saving: false, fieldErrors, savedAt: ok ? Date.now() : null });
    await settingsActions.load();
    if (ok && isLang(patch.language)) await appActions.setLanguage(patch.language);
    return ok;
  },
  clearSaved(): void {
    useSettingsStore.setState({ savedAt: null, fieldErrors: {} });
  },
};

export const useSettings = () => useSettingsStore((s) => s.settings);
export const useSettingsLoadError = () => useSettingsStore((s) => s.loadError);
export const useSettingsSaving = () => useSettingsStore((s) => s.saving);
export const useSettingsFieldErrors = () => useSettingsStore((s) => s.fieldErrors);
export const useSettingsSavedAt = () => useSettingsStore((s) => s.savedAt);
export const useCurrency = () => useSettingsStore((s) => s.settings?.currency ?? 'CNY');
