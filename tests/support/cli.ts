import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'duebell.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: unknown;
}

/** Spawns the real `duebell` executable, with its app data in `home`. */
export function runDuebell(args: string[], home: string, input?: string): CliRun {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DUEBELL_HOME: home, DUEBELL_CHECK_OUTPUT: '1' },
    input,
    timeout: 60_000,
  });
  let json: unknown;
  try {
    json = JSON.parse(res.stdout);
  } catch {
    json = undefined;
  }
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr, json };
}
