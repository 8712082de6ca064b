// `npm start`: build when sources are newer than dist/, then the desktop app when the Electron
// runtime is present, otherwise the local web host (browser mode). Extra args are passed through:
// `npm start -- --port 5174`; `npm start -- --browser` forces browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, tryInstallElectron } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => join(root, p);
const argv = process.argv.slice(2);
const forceBrowser = argv.includes('--browser');
const args = argv.filter((a) => a !== '--browser');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when an output build.mjs would produce is missing or older than any source. */
function needsBuild() {
  const outputs = ['dist/cli.js'];
  if (existsSync(at('electron/main.ts'))) outputs.push('dist/electron/main.cjs', 'dist/electron/preload.cjs');
  if (existsSync(at('renderer/index.html'))) outputs.push('dist/renderer/index.html');
  if (outputs.some((o) => !existsSync(at(o)))) return true;
  const oldestOutput = Math.min(...outputs.map((o) => statSync(at(o)).mtimeMs));
  const sources = ['electron', 'shared', 'renderer', 'scripts/build.mjs', 'vite.config.ts'];
  return Math.max(...sources.map((s) => newestMtime(at(s)))) > oldestOutput;
}

const hasDisplay = () => process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function findElectron() {
  const found = electronBinary(root);
  if (found || !existsSync(at('node_modules/electron/install.js'))) return found;
  await tryInstallElectron(root, 15_000);
  return electronBinary(root);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    console.error(err.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
}

if (needsBuild()) {
  const built = spawnSync(process.execPath, [at('scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const found = forceBrowser ? null : await findElectron();
const electron = found && hasDisplay() ? found : null;
let reason = '未找到 Electron 运行时（无法下载），改用浏览器模式 / Electron runtime not found (it cannot be downloaded here) — starting in browser mode';
if (forceBrowser) reason = '按要求使用浏览器模式 / browser mode as requested (--browser)';
else if (found) reason = '没有图形显示，改用浏览器模式 / no graphical display — starting in browser mode';

if (electron) {
  // Chromium refuses to run as root with its OS sandbox on; context isolation and the sandboxed
  // preload (no Node in the page) still hold.
  const rootUser = process.platform === 'linux' && process.getuid?.() === 0;
  run(electron, [...(rootUser ? ['--no-sandbox'] : []), '.', ...args]);
} else {
  console.log(reason);
  run(process.execPath, [at('bin/duebell.js'), 'serve', ...args]);
}
