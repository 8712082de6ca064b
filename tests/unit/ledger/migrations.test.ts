import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openLedger } from '../../../electron/ledger/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/ledger/migrations';
import { AppError } from '../../../shared/errors';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();

describe('migrations', () => {
  it('creates a new ledger at the current version with WAL, foreign keys and busy_timeout', async () => {
    const path = join(tmp(), 'a.db');
    const db = await openLedger(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('migration 1 creates every table the app relies on', async () => {
    const db = await openLedger(join(tmp(), 'a.db'), { migrations: MIGRATIONS.slice(0, 1) });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type='table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    for (const t of ['customers', 'invoices', 'payments', 'imports', 'templates', 'messages', 'message_events', 'inbound_messages', 'settings', 'queue_lease']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('runs a pending migration after an online backup of the old file', async () => {
    const dir = tmp();
    const path = join(dir, 'a.db');
    const v1 = await openLedger(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare(`INSERT INTO settings (key, value_json) VALUES ('business.name', '"店"')`).run();
    v1.close();
    const extra = 'CREATE TABLE migration_probe (x INTEGER);';
    const db = await openLedger(path, { migrations: [...MIGRATIONS.slice(0, 1), extra] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const backup = `${path}.backup-v1`;
    expect(existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare(`SELECT value_json FROM settings`).get()).toEqual({ value_json: '"店"' });
    old.close();
  });

  it('a failing migration leaves the file at its old version (one transaction)', async () => {
    const path = join(tmp(), 'a.db');
    (await openLedger(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    await expect(
      openLedger(path, { migrations: [...MIGRATIONS.slice(0, 1), 'CREATE TABLE ok_one (x INTEGER);', 'THIS IS NOT SQL;'] }),
    ).rejects.toThrow();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_one'`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer version, with a clear message', async () => {
    const path = join(tmp(), 'a.db');
    (await openLedger(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const err = await openLedger(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('db_newer');
    expect((err as AppError).translated('en')).toContain(`schema ${SCHEMA_VERSION + 5}`);
  });

  it('refuses a SQLite file that is not a Duebell ledger', async () => {
    const path = join(tmp(), 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE notes (t TEXT)');
    raw.close();
    await expect(openLedger(path)).rejects.toMatchObject({ code: 'db_not_ledger' });
  });

  it('enforces CHECK constraints on money and states', async () => {
    const db = await openLedger(join(tmp(), 'a.db'));
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO customers (name, mobile, name_key, created_at, updated_at) VALUES ('a', '+8613800000000', 'a', ?, ?)`).run(now, now);
    const ins = db.prepare(
      `INSERT INTO invoices (customer_id, reference, due_date, amount_cents, paid_cents, created_at, updated_at) VALUES (1, ?, '2026-01-01', ?, ?, ?, ?)`,
    );
    expect(() => ins.run('neg', -1, 0, now, now)).toThrow(/CHECK/);
    expect(() => ins.run('over', 100, 101, now, now)).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO messages (customer_id, plan_date, stage, to_number, text, parts, encoding, state, created_at, updated_at)
        VALUES (1, '2026-01-01', 'reminder1', '+8613800000000', 't', 1, 'UCS-2', 'bogus', ?, ?)`).run(now, now),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps the message audit log append-only', async () => {
    const db = await openLedger(join(tmp(), 'a.db'));
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO customers (name, mobile, name_key, created_at, updated_at) VALUES ('a', '+8613800000000', 'a', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO messages (customer_id, plan_date, stage, to_number, text, parts, encoding, state, created_at, updated_at)
      VALUES (1, '2026-01-01', 'reminder1', '+8613800000000', 't', 1, 'UCS-2', 'planned', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO message_events (message_id, at, to_state, actor) VALUES (1, ?, 'planned', 'test')`).run(now);
    expect(() => db.prepare(`UPDATE message_events SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM message_events`).run()).toThrow(/append-only/);
    db.close();
  });
});

describe('migration 2 (queue indexes)', () => {
  it('adds the provider-id and event-time indexes on top of version 1, keeping the data', async () => {
    const path = join(tmp(), 'q.db');
    const v1 = await openLedger(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare(`INSERT INTO settings (key, value_json) VALUES ('queue.paused', 'true')`).run();
    v1.close();
    const db = await openLedger(path, { migrations: MIGRATIONS.slice(0, 2) });
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['messages_provider', 'message_events_state_at']));
    expect(db.prepare(`SELECT value_json FROM settings WHERE key = 'queue.paused'`).get()).toEqual({ value_json: 'true' });
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT max(at) FROM message_events WHERE to_state = 'sending'`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('message_events_state_at');
    db.close();
  });

  it('migration 3 records one autopilot run per business day', async () => {
    const db = await openLedger(join(tmp(), 'a.db'), { migrations: MIGRATIONS.slice(0, 3) });
    db.prepare(`INSERT INTO autopilot_runs (run_date, started_at) VALUES ('2026-11-30', 't')`).run();
    expect(() => db.prepare(`INSERT INTO autopilot_runs (run_date, started_at) VALUES ('2026-11-30', 't2')`).run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('migration 5 lets the due-message query read in order instead of sorting the queue', async () => {
    const path = join(tmp(), 'a.db');
    (await openLedger(path, { migrations: MIGRATIONS.slice(0, 4) })).close();
    const db = await openLedger(path, { migrations: MIGRATIONS.slice(0, 5) });
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM messages WHERE state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           ORDER BY coalesce(next_attempt_at, created_at), id LIMIT 50`,
        )
        .all('2026-11-30') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join(' ')).toContain('messages_due');
    expect(plan.join(' ')).not.toContain('TEMP B-TREE');
    db.close();
  });
});

