import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** Marks a file as a Duebell ledger (PRAGMA application_id), so foreign SQLite files are refused. */
export const APPLICATION_ID = 0x44756542; // "DueB"

export interface OpenOptions {
  migrations?: readonly string[];
  /** Where the pre-migration backup goes; default `<db>.backup-v<N>`. */
  backupPath?: (fromVersion: number) => string;
}

export async function openLedger(path: string, opts: OpenOptions = {}): Promise<Db> {
  const migrations = opts.migrations ?? MIGRATIONS;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    cacheStatements(db);
  } catch (err) {
    throw new AppError('db_open_failed', { path, detail: (err as Error).message });
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (existed && appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || hasTables(db))) {
      throw new AppError('db_not_ledger', { path });
    }
    if (version > migrations.length) {
      throw new AppError('db_newer', { found: version, supported: migrations.length });
    }
    if (version < migrations.length) {
      if (existed && version > 0) {
        const target = opts.backupPath?.(version) ?? `${path}.backup-v${version}`;
        await db.backup(target);
      }
      runMigrations(db, version, migrations);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Compiling SQL costs more than running it, and the queue and planner run the same few statements
 * tens of thousands of times: `prepare` returns one compiled statement per SQL text. (No code here
 * switches a statement's mode with pluck/raw/expand, which a shared statement would leak.)
 */
function cacheStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = compile(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  }) as Db['prepare'];
}

function hasTables(db: Db): boolean {
  return (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n > 0;
}

/** All pending migrations in one transaction: a failure leaves the file as it was. */
function runMigrations(db: Db, from: number, migrations: readonly string[]): void {
  db.transaction(() => {
    for (let v = from; v < migrations.length; v++) db.exec(migrations[v]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
