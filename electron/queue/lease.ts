// One queue worker per ledger across processes (desktop window, web host, CLI): a single lease
// row, taken inside BEGIN IMMEDIATE so two takers serialise on SQLite's write lock.
// Lease times are real wall-clock time, not the app clock: `--now` moves business time, but
// whether another process is alive is a fact about this machine now.
// A holder is "host/pid/nonce": a lease left by a process that died on this host is taken over
// at once (a crash must not block sending for the lease's lifetime); others wait for expiry.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../ledger/db';

export const LEASE_TTL_MS = 15_000;

export interface LeaseRow {
  holder: string;
  expiresAt: string;
}

export function newHolderId(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lease nobody holds any more: expired, or its holder process on this host is gone. */
export function isStale(row: LeaseRow, nowMs: number): boolean {
  if (Date.parse(row.expiresAt) <= nowMs) return true;
  const [host, pid] = row.holder.split('/');
  return host === hostname() && /^\d+$/.test(pid ?? '') && !processAlive(Number(pid));
}

export function readLease(db: Db): LeaseRow | null {
  const row = db.prepare('SELECT holder, expires_at AS expiresAt FROM queue_lease WHERE id = 1').get() as LeaseRow | undefined;
  return row ?? null;
}

/** Takes the lease if free, stale or already ours. Returns the current row when someone else holds it. */
export function acquireLease(db: Db, holder: string, ttlMs = LEASE_TTL_MS, nowMs = Date.now()): { ok: true } | { ok: false; lease: LeaseRow } {
  const take = db.transaction(() => {
    const current = readLease(db);
    if (current && current.holder !== holder && !isStale(current, nowMs)) return { ok: false as const, lease: current };
    db.prepare(
      'INSERT INTO queue_lease (id, holder, expires_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at',
    ).run(holder, new Date(nowMs + ttlMs).toISOString());
    return { ok: true as const };
  });
  return take.immediate();
}

/** Extends our lease; false means it was taken over (we were stale) and the worker must stop. */
export function renewLease(db: Db, holder: string, ttlMs = LEASE_TTL_MS, nowMs = Date.now()): boolean {
  const res = db.prepare('UPDATE queue_lease SET expires_at = ? WHERE id = 1 AND holder = ?').run(new Date(nowMs + ttlMs).toISOString(), holder);
  return res.changes === 1;
}

/** True while `holder` still holds an unexpired lease; checked inside the transaction that marks `sending`. */
export function holdsLease(db: Db, holder: string, nowMs = Date.now()): boolean {
  const row = readLease(db);
  return row !== null && row.holder === holder && Date.parse(row.expiresAt) > nowMs;
}

export function releaseLease(db: Db, holder: string): void {
  db.prepare('DELETE FROM queue_lease WHERE id = 1 AND holder = ?').run(holder);
}
