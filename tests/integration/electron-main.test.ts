import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { appIndexUrl } from '../../electron/security';

// The Electron runtime cannot be installed here, so electron/main.ts runs under a fake `electron`
// module that records what it is asked to do, against a real core and a real ledger file.

const root = resolve(import.meta.dirname, '..', '..');
const distElectron = join(root, 'dist', 'electron');
const appIndex = appIndexUrl(join(root, 'dist', 'renderer', 'index.html'));
type Fn = (...args: unknown[]) => unknown;
type Menu = MenuItemConstructorOptions[];

function fakeElectron(home: string, lock: boolean, pick: () => string) {
  const rec = {
    appHandlers: new Map<string, Fn>(),
    windows: [] as { options: Record<string, unknown>; loaded?: string; sent: unknown[][] }[],
    ipc: new Map<string, Fn>(),
    removed: [] as string[],
    menus: [] as Menu[],
    errors: [] as string[][],
    quit: 0,
    userData: '',
    hardened: [] as string[],
  };
  class BrowserWindow {
    webContents: { sent: unknown[][]; send: Fn; isDestroyed: () => boolean };
    constructor(options: Record<string, unknown>) {
      const sent: unknown[][] = [];
      this.webContents = { sent, send: (...a) => sent.push(a), isDestroyed: () => false };
      rec.windows.push({ options, sent });
    }
    once() {}
    on() {}
    loadFile(path: string) {
      const w = rec.windows.at(-1);
      if (w) w.loaded = path;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => lock,
      on: (name: string, fn: Fn) => rec.appHandlers.set(name, fn),
      setPath: (_name: string, path: string) => (rec.userData = path),
      getPath: () => rec.userData || join(home, 'default-user-data'),
      whenReady: () => Promise.resolve(),
      quit: () => rec.quit++,
    },
    BrowserWindow,
    ipcMain: { handle: (ch: string, fn: Fn) => rec.ipc.set(ch, fn), removeHandler: (ch: string) => rec.removed.push(ch) },
    Menu: { buildFromTemplate: (t: Menu) => t, setApplicationMenu: (m: Menu) => rec.menus.push(m) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => rec.hardened.push('csp') },
        setPermissionRequestHandler: () => rec.hardened.push('request'),
        setPermissionCheckHandler: () => rec.hardened.push('check'),
        setDevicePermissionHandler: () => rec.hardened.push('device'),
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: false, filePaths: [pick()] }),
      showErrorBox: (title: string, text: string) => rec.errors.push([title, text]),
      showMessageBox: async () => ({ response: 0 }),
    },
  };
  return { electron, rec };
}

async function loadMain(home: string, lock = true, pick = () => '') {
  const out = await build({
    entryPoints: [join(root, 'electron', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const { electron, rec } = fakeElectron(home, lock, pick);
  const real = createRequire(join(root, 'package.json'));
  const req = (name: string) => (name === 'electron' ? electron : real(name));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', out.outputFiles[0]?.text ?? '')(req, module, module.exports, distElectron);
  return rec;
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

const item = (menu: Menu | undefined, top: number, sub: number) =>
  (menu?.[top]?.submenu as Menu | undefined)?.[sub] as MenuItemConstructorOptions;
const click = (i: MenuItemConstructorOptions) => (i.click as () => void)();

describe('electron/main.ts under a fake electron', () => {
  let home = '';
  let quitHook: Fn | undefined;
  const saved = process.env.DUEBELL_HOME;
  afterEach(() => {
    quitHook?.();
    quitHook = undefined;
    if (saved === undefined) delete process.env.DUEBELL_HOME;
    else process.env.DUEBELL_HOME = saved;
    rmSync(home, { recursive: true, force: true });
  });

  it('opens the core in DUEBELL_HOME, a hardened window on the built renderer, and serves the contract', async () => {
    home = mkdtempSync(join(tmpdir(), 'duebell-main-'));
    process.env.DUEBELL_HOME = home;
    const rec = await loadMain(home);
    quitHook = rec.appHandlers.get('will-quit');
    await until(() => rec.windows.length === 1);

    expect(rec.userData).toBe(home);
    expect(rec.hardened.sort()).toEqual(['check', 'csp', 'device', 'request']);
    expect([...rec.appHandlers.keys()].sort()).toEqual(['second-instance', 'web-contents-created', 'will-quit', 'window-all-closed']);
    const win = rec.windows[0];
    expect(win?.loaded).toBe(join(root, 'dist', 'renderer', 'index.html'));
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(distElectron, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });

    const call = rec.ipc.get('duebell:call');
    expect([...rec.ipc.keys()]).toEqual(['duebell:call']);
    const info = await call?.({ senderFrame: { url: appIndex } }, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    const foreign = await call?.({ senderFrame: { url: 'https://example.com/' } }, 'app.info', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } });
    const ledgers = await call?.({ senderFrame: { url: appIndex } }, 'ledgers.list', {});
    expect(ledgers).toMatchObject({ ok: true, value: { current: { path: join(home, 'ledgers', 'default.db') } } });

    quitHook?.();
    quitHook = undefined;
    expect(rec.removed).toEqual(['duebell:call']);
  });

  it('drives the menu: language, new ledger, open ledger', async () => {
    home = mkdtempSync(join(tmpdir(), 'duebell-main-'));
    process.env.DUEBELL_HOME = home;
    let picked = join(home, 'missing.db');
    const rec = await loadMain(home, true, () => picked);
    quitHook = rec.appHandlers.get('will-quit');
    await until(() => rec.windows.length === 1 && rec.menus.length === 1);
    const sent = rec.windows[0]?.sent ?? [];
    const call = rec.ipc.get('duebell:call');
    const frame = { senderFrame: { url: appIndex } };

    expect(rec.menus[0]?.map((m) => m.label)).toEqual(['文件', '编辑', '语言', '帮助']);
    click(item(rec.menus[0], 2, 1)); // Language → English
    await until(() => rec.menus.length === 2);
    expect(rec.menus[1]?.map((m) => m.label)).toEqual(['File', 'Edit', 'Language', 'Help']);
    expect(sent.some(([ch, e]) => ch === 'duebell:event' && (e as { type: string }).type === 'settings.changed')).toBe(true);

    click(item(rec.menus[1], 0, 0)); // New ledger… → the renderer shows its dialog
    expect(sent.at(-1)).toEqual(['duebell:event', { type: 'menu.newLedger', payload: null }]);

    click(item(rec.menus[1], 0, 1)); // Open ledger… a file that is not there → an error box
    await until(() => rec.errors.length === 1);
    expect(rec.errors[0]?.[0]).toBe('Cannot open the ledger');

    const defaultDb = join(home, 'ledgers', 'default.db');
    await call?.(frame, 'ledgers.create', { name: 'Shop B' });
    picked = defaultDb;
    click(item(rec.menus.at(-1), 0, 1)); // Open ledger… back to the default one
    await until(() => sent.some(([, e]) => JSON.stringify(e) === JSON.stringify({ type: 'ledger.switched', payload: { path: defaultDb } })));
    const list = await call?.(frame, 'ledgers.list', {});
    expect(list).toMatchObject({ ok: true, value: { current: { path: defaultDb } } });
  });

  it('a second instance quits at once and never opens a core', async () => {
    home = mkdtempSync(join(tmpdir(), 'duebell-main-'));
    process.env.DUEBELL_HOME = home;
    const rec = await loadMain(home, false);
    await new Promise((r) => setTimeout(r, 50));
    expect(rec.quit).toBe(1);
    expect(rec.windows).toEqual([]);
    expect(rec.appHandlers.size).toBe(0);
  });
});
