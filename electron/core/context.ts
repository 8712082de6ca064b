import type { Lang } from '../../shared/i18n/errors';
import type { Settings } from '../../shared/settings';
import type { Db } from '../ledger/db';
import type { Clock } from './clock';

/** What a handler gets besides its validated input. */
export interface Ctx {
  db: Db;
  dbPath: string;
  clock: Clock;
  lang: Lang;
  host: 'electron' | 'web' | 'cli';
  settings(): Settings;
  /** Today's date in the business time zone. */
  today(): string;
  nowIso(): string;
  emit(type: string, payload: unknown): void;
  /** Switches the open ledger file (ledgers.create / ledgers.open). */
  switchLedger(path: string): Promise<void>;
  appDataDir: string;
  /** The host's own queue worker (desktop app, web host), when one runs in this process. */
  worker: HostWorker | null;
}

/** A long-running send worker owned by a host; `drain` waits until nothing is due right now. */
export interface HostWorker {
  readonly running: boolean;
  drain(): Promise<void>;
}
