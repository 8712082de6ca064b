import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface WebHostHandle {
  /** The full URL with `#token=…`, as `duebell serve` prints it. */
  url: string;
  port: number;
  dbPath: string;
  stop(): Promise<void>;
}

/** A fixed instant, so demo dates and days-overdue are the same in every run and screenshot. */
export const TEST_NOW = '2026-12-03T10:00:00+08:00';

/**
 * Starts the real web host (`duebell serve`, built by scripts/build.mjs) on a free port against a
 * fresh temp ledger and a temp DUEBELL_HOME; stop() kills exactly that process and cleans up.
 */
export async function startWebHost(): Promise<WebHostHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'duebell-e2e-'));
  const dbPath = join(dir, 'shop.db');
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['bin/duebell.js', '--db', dbPath, '--now', TEST_NOW, '--json', 'serve', '--port', '0'],
    { env: { ...process.env, DUEBELL_HOME: join(dir, 'home'), DUEBELL_CHECK_OUTPUT: '1' }, stdio: 'pipe' },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), 15_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)));
  });
  const { url, port } = JSON.parse(firstLine) as { url: string; port: number };
  return {
    url,
    port,
    dbPath,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
