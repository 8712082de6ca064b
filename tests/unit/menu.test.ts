import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { label, menuTemplate } from '../../electron/menu';

const noop = { newLedger() {}, openLedger() {}, setLanguage() {}, about() {} };
const submenu = (item: MenuItemConstructorOptions | undefined) => item?.submenu as MenuItemConstructorOptions[];

describe('menu', () => {
  it('is labelled in the chosen language', () => {
    const zh = menuTemplate('zh-CN', noop, false);
    const en = menuTemplate('en', noop, false);
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '语言', '帮助']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'Language', 'Help']);
    expect(submenu(en[0])[0]?.label).toBe('New ledger…');
    expect(label('aboutText', 'zh-CN', { version: '0.1.0' })).toBe('版本 0.1.0');
  });

  it('routes clicks to the actions and ticks the current language', () => {
    const seen: string[] = [];
    const actions = {
      newLedger: () => seen.push('new'),
      openLedger: () => seen.push('open'),
      setLanguage: (l: string) => seen.push(`lang:${l}`),
      about: () => seen.push('about'),
    };
    const [file, , language, help] = menuTemplate('en', actions, false);
    const click = (item: MenuItemConstructorOptions | undefined) =>
      (item?.click as (() => void) | undefined)?.();
    click(submenu(file)[0]);
    click(submenu(file)[1]);
    click(submenu(language)[0]);
    click(submenu(help)[0]);
    expect(seen).toEqual(['new', 'open', 'lang:zh-CN', 'about']);
    expect(submenu(language).map((i) => [i.label, i.checked])).toEqual([
      ['中文', false],
      ['English', true],
    ]);
  });

  it('adds the standard app menu on macOS only', () => {
    expect(menuTemplate('en', noop, true)[0]?.role).toBe('appMenu');
    expect(menuTemplate('en', noop, false)[0]?.role).toBeUndefined();
  });
});
