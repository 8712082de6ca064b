import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/i18n/errors';

// The app menu as plain data: main.ts builds it with Menu.buildFromTemplate and supplies actions.
const LABELS = {
  file: { 'zh-CN': '文件', en: 'File' },
  newLedger: { 'zh-CN': '新建账本…', en: 'New ledger…' },
  openLedger: { 'zh-CN': '打开账本…', en: 'Open ledger…' },
  quit: { 'zh-CN': '退出', en: 'Quit' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  language: { 'zh-CN': '语言', en: 'Language' },
  help: { 'zh-CN': '帮助', en: 'Help' },
  about: { 'zh-CN': '关于 Duebell', en: 'About Duebell' },
  aboutText: { 'zh-CN': '版本 {{version}}', en: 'Version {{version}}' },
  ledgerFilter: { 'zh-CN': 'Duebell 账本', en: 'Duebell ledger' },
  openFailed: { 'zh-CN': '无法打开账本', en: 'Cannot open the ledger' },
} as const;

export type LabelKey = keyof typeof LABELS;

export const label = (key: LabelKey, lang: Lang, params: Record<string, string> = {}): string =>
  LABELS[key][lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');

export interface MenuActions {
  newLedger(): void;
  openLedger(): void;
  setLanguage(lang: Lang): void;
  about(): void;
}

export function menuTemplate(lang: Lang, actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const t = (key: LabelKey) => label(key, lang);
  const languages: [Lang, string][] = [
    ['zh-CN', '中文'],
    ['en', 'English'],
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('newLedger'), accelerator: 'CmdOrCtrl+N', click: () => actions.newLedger() },
        { label: t('openLedger'), accelerator: 'CmdOrCtrl+O', click: () => actions.openLedger() },
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    },
    // Roles only: keeps copy/paste shortcuts working in the page's text fields.
    {
      label: t('edit'),
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: t('language'),
      submenu: languages.map(([code, name]) => ({
        label: name,
        type: 'radio' as const,
        checked: code === lang,
        click: () => actions.setLanguage(code),
      })),
    },
    { label: t('help'), role: 'help', submenu: [{ label: t('about'), click: () => actions.about() }] },
  ];
}
