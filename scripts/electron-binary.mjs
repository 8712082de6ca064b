// Finds the Electron runtime without require('electron'): that require starts a download, which
// fails (or hangs) offline. Shared by scripts/start.mjs and the Electron end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute path of the Electron executable, or null when it was never downloaded. */
export function electronBinary(root) {
  const pkg = join(root, 'node_modules', 'electron');
  let rel;
  try {
    rel = readFileSync(join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!rel) return null;
  const full = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), rel);
  return existsSync(full) ? full : null;
}

/** Runs Electron's own installer once, killed after timeoutMs so start never hangs. Resolves true on success. */
export function tryInstallElectron(root, timeoutMs = 15_000) {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: root, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
