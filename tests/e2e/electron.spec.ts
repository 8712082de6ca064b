import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import type { DuebellApi } from '../../shared/api';

// The desktop shell's security, proven in the real runtime. The binary is located the way
// `npm start` does it (never require('electron'), which would try to download it).
const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = electronBinary(root);
const hasElectron = executablePath !== null;

test.skip(
  !hasElectron,
  'Electron runtime is not installed on this machine (its binary cannot be downloaded here); the same UI is tested through the web host',
);

type DuebellWindow = Window & { duebell: DuebellApi };

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'duebell-electron-'));
  // Chromium will not run as root with its OS sandbox on (CI containers run as root).
  const rootUser = process.platform === 'linux' && process.getuid?.() === 0;
  app = await _electron.launch({
    executablePath: executablePath ?? undefined,
    args: [...(rootUser ? ['--no-sandbox'] : []), join(root, 'dist', 'electron', 'main.cjs')],
    env: { ...process.env, DUEBELL_HOME: home },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('the window carries the app title', async () => {
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
  expect(title).toMatch(/Duebell/);
});

test('the page sees window.duebell with exactly call and on, and no Node', async () => {
  const keys = await page.evaluate(() => Object.keys((window as unknown as DuebellWindow).duebell).sort());
  expect(keys).toEqual(['call', 'on']);
  expect(await page.evaluate(() => typeof require)).toBe('undefined');
  expect(await page.evaluate(() => typeof process)).toBe('undefined');
});

test('navigation away from the app is blocked', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});

test('window.open is refused', async () => {
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
});

test('permission requests are denied', async () => {
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  const media = await page.evaluate(() =>
    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then(() => 'granted')
      .catch((e: Error) => e.name),
  );
  expect(media).not.toBe('granted');
});

test('a contract call goes through to the core', async () => {
  const info = await page.evaluate(() => (window as unknown as DuebellWindow).duebell.call('app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
});

test('a name outside the contract is refused by the preload', async () => {
  const r = await page.evaluate(() =>
    (window as unknown as { duebell: { call(m: string, i: unknown): Promise<unknown> } }).duebell.call('nope', {}),
  );
  expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
});
