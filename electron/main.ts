import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { Lang } from '../shared/i18n/errors';
import { startupLedgerPath } from './core/app-data';
import { Core } from './core/core';
import { setParseWorkerUrl } from './import/read';
import { BackgroundWorker } from './queue/background';
import { APP_VERSION } from './core/version';
import { sendEvent, wireIpc } from './ipc';
import { label, menuTemplate } from './menu';
import { appIndexUrl, hardenContents, hardenSession, secureWebPreferences } from './security';

// The Electron shell only: one window, the menu, security and IPC wiring. All logic is in the core.
// This file is bundled to dist/electron/main.cjs, so __dirname is dist/electron.
const indexPath = join(__dirname, '..', 'renderer', 'index.html');
// A CommonJS bundle has no import.meta.url: tell the importer where its worker was bundled.
setParseWorkerUrl(pathToFileURL(join(__dirname, '..', 'import-worker.js')));
const appIndex = appIndexUrl(indexPath);

// Tests (and support) point the app at a throwaway data folder, as they do for the CLI and web host.
if (process.env.DUEBELL_HOME) app.setPath('userData', process.env.DUEBELL_HOME);

let core: Core | null = null;
let win: BrowserWindow | null = null;
let unwire: (() => void) | null = null;
let worker: BackgroundWorker | null = null;

function buildMenu(c: Core): void {
  const lang = c.settings().language;
  const actions = {
    newLedger: () => win && sendEvent(win.webContents, { type: 'menu.newLedger', payload: null }),
    openLedger: () => void openLedger(c, lang),
    setLanguage: (value: Lang) => void c.call('settings.set', { key: 'language', value }),
    about: () =>
      void dialog.showMessageBox({ type: 'info', title: 'Duebell', message: 'Duebell', detail: label('aboutText', lang, { version: APP_VERSION }) }),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, actions, process.platform === 'darwin')));
}

async function openLedger(c: Core, lang: Lang): Promise<void> {
  const options = { properties: ['openFile' as const], filters: [{ name: label('ledgerFilter', lang), extensions: ['db'] }] };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const path = picked.filePaths[0];
  if (picked.canceled || !path) return;
  const result = await c.call('ledgers.open', { path });
  if (!result.ok) dialog.showErrorBox(label('openFailed', lang), result.error.message);
}

function createWindow(c: Core): BrowserWindow {
  const w = new BrowserWindow({
    title: 'Duebell',
    width: 1200,
    height: 800,
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  // Its navigation/window guards come from 'web-contents-created' below, like every web contents.
  unwire = wireIpc(ipcMain, c, w.webContents, appIndex);
  w.once('ready-to-show', () => w.show());
  w.on('closed', () => {
    unwire?.();
    unwire = null;
    win = null;
  });
  void w.loadFile(indexPath);
  return w;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const dataDir = app.getPath('userData');
  try {
    core = await Core.open({ dbPath: startupLedgerPath(dataDir), appDataDir: dataDir, host: 'electron', remember: true });
  } catch (err) {
    dialog.showErrorBox('Duebell', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  const c = core;
  // The desktop app owns the ledger's send queue while it runs (sending, delivery reports, autopilot).
  worker = new BackgroundWorker(c, (line) => console.error(line));
  worker.start();
  buildMenu(c);
  // The menu follows the language setting and the open ledger's own settings.
  c.onEvent((e) => {
    if (e.type === 'settings.changed' || e.type === 'ledger.switched') buildMenu(c);
  });
  win = createWindow(c);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // Every web contents (the main window's, and any a bug might create) gets the same guards.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appIndex));
  app.on('window-all-closed', () => app.quit());
  // Drain on quit: the worker finishes the message in hand before the ledger closes.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    unwire?.();
    void (async () => {
      await worker?.stop();
      core?.close();
      core = null;
      app.quit();
    })();
  });
  void app.whenReady().then(start);
}
