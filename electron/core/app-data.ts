import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Where ledgers live: Electron passes its `userData`; elsewhere $DUEBELL_HOME (tests),
 * $XDG_DATA_HOME/duebell, or ~/.local/share/duebell.
 */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DUEBELL_HOME) return env.DUEBELL_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'duebell');
  return join(homedir(), '.local', 'share', 'duebell');
}

interface LedgerIndex {
  last: string | null;
  recent: string[];
}

const indexFile = (dir: string) => join(dir, 'ledgers.json');

export function readLedgerIndex(dir: string): LedgerIndex {
  try {
    const raw = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as Partial<LedgerIndex>;
    const recent = Array.isArray(raw.recent) ? raw.recent.filter((p): p is string => typeof p === 'string') : [];
    return { last: typeof raw.last === 'string' ? raw.last : null, recent };
  } catch {
    return { last: null, recent: [] };
  }
}

/** Remembers the ledger just opened, so the last one reopens at start. Written atomically. */
export function rememberLedger(dir: string, path: string): void {
  mkdirSync(dir, { recursive: true });
  const idx = readLedgerIndex(dir);
  const recent = [path, ...idx.recent.filter((p) => p !== path)].slice(0, 20);
  const tmp = `${indexFile(dir)}.tmp`;
  writeFileSync(tmp, JSON.stringify({ last: path, recent }, null, 2));
  renameSync(tmp, indexFile(dir));
}

export function knownLedgers(dir: string): string[] {
  return readLedgerIndex(dir).recent.filter((p) => existsSync(p));
}

export const ledgersDir = (dir: string) => join(dir, 'ledgers');

/** The ledger to open at start: the last one used, else the default file. */
export function startupLedgerPath(dir: string): string {
  const { last } = readLedgerIndex(dir);
  if (last && existsSync(last)) return last;
  return join(ledgersDir(dir), 'default.db');
}

/** A file name from a shop's name: keeps Chinese, drops what file systems refuse. */
export function ledgerFileName(name: string): string {
  const safe = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .slice(0, 60);
  return `${safe || 'ledger'}.db`;
}

export const ledgerDisplayName = (path: string, businessName: string): string =>
  businessName || basename(path).replace(/\.db$/, '');
