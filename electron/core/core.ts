import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import type { AppEvent } from '../../shared/api';
import { dateInZone } from '../../shared/dates';
import type { Lang } from '../../shared/i18n/errors';
import type { Result } from '../../shared/result';
import type { Settings } from '../../shared/settings';
import { openLedger, type Db } from '../ledger/db';
import { readSettings } from '../ledger/settings-repo';
import { isoUtc } from '../ledger/time';
import { rememberLedger } from './app-data';
import { type Clock, systemClock } from './clock';
import type { Ctx, HostWorker } from './context';
import { handlers } from './handlers';
import { invoke } from './registry';

export interface CoreOptions {
  dbPath: string;
  appDataDir: string;
  host: Ctx['host'];
  clock?: Clock;
  /** Remember the opened ledger as "last used" (not for a one-off CLI --db). */
  remember?: boolean;
}

/**
 * The composition root: one open ledger, the clock, the handlers. Hosts (Electron IPC, the web
 * host, the CLI) only ever call `call()`.
 */
export class Core {
  readonly events = new EventEmitter();
  private worker: HostWorker | null = null;

  private constructor(
    private db: Db,
    private dbPath: string,
    private readonly opts: CoreOptions,
  ) {
    this.events.setMaxListeners(100);
  }

  static async open(opts: CoreOptions): Promise<Core> {
    const path = resolve(opts.dbPath);
    const db = await openLedger(path);
    if (opts.remember) rememberLedger(opts.appDataDir, path);
    return new Core(db, path, opts);
  }

  get path(): string {
    return this.dbPath;
  }

  get database(): Db {
    return this.db;
  }

  get clock(): Clock {
    return this.opts.clock ?? systemClock;
  }

  /** Read fresh each time (a handful of rows): no cache to go stale when a domain writes settings. */
  settings(): Settings {
    return readSettings(this.db);
  }

  context(lang?: Lang): Ctx {
    const clock = this.clock;
    const self = this;
    return {
      // Getters: a handler that switches ledgers sees the new file for the rest of its call.
      get db() {
        return self.db;
      },
      get dbPath() {
        return self.dbPath;
      },
      clock,
      lang: lang ?? this.settings().language,
      host: this.opts.host,
      appDataDir: this.opts.appDataDir,
      settings: () => this.settings(),
      today: () => dateInZone(clock.now(), this.settings().timezone),
      nowIso: () => isoUtc(clock.now()),
      emit: (type, payload) => {
        this.events.emit('event', { type, payload } satisfies AppEvent);
      },
      switchLedger: (path) => this.switchLedger(path),
      worker: this.worker,
    };
  }

  call(method: string, input: unknown, lang?: Lang): Promise<Result<unknown>> {
    return invoke(handlers, method, input, this.context(lang));
  }

  /** A host that runs its own queue worker registers it, so `queue.work` drains through it. */
  attachWorker(worker: HostWorker | null): void {
    this.worker = worker;
  }

  onEvent(listener: (e: AppEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  async switchLedger(path: string): Promise<void> {
    const next = await openLedger(path); // opens (and migrates) before the current one is let go
    this.db.close();
    this.db = next;
    this.dbPath = path;
    rememberLedger(this.opts.appDataDir, path);
    this.events.emit('event', { type: 'ledger.switched', payload: { path } } satisfies AppEvent);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
