import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/i18n/errors';
import { setApiLang } from '../api/lang';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGS: Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'duebell.language';

export const isLang = (v: unknown): v is Lang => v === 'zh-CN' || v === 'en';

/** The language remembered in this browser, if any (the ledger's setting is the fallback). */
export function storedLang(): Lang | null {
  const v = localStorage.getItem(STORAGE_KEY);
  return isLang(v) ? v : null;
}

export function applyLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  setApiLang(lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export function initI18n(): typeof i18next {
  const lang = storedLang() ?? 'zh-CN';
  setApiLang(lang);
  document.documentElement.lang = lang;
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return i18next;
}
