import { execFileSync } from 'node:child_process';
import { TEST_NOW } from './host';

/** Runs the real CLI against a spec's ledger (the web host reads settings fresh on every call). */
export function cli(dbPath: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['bin/duebell.js', '--db', dbPath, '--now', TEST_NOW, '--json', ...args], { encoding: 'utf8' });
}
