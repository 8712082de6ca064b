// Throttle per connector: sends are spaced evenly, 60 s / perMinute apart, so at most perMinute
// leave in any minute and a modem or provider never sees a burst. The last start is read back from
// the audit log, so a restarted worker (after a crash) does not burst either. One worker per
// ledger sends through one connector at a time, so that log is the connector's own history.

import type { Db } from '../ledger/db';

export class Throttle {
  private readonly spacingMs: number;

  constructor(
    perMinute: number,
    private lastStartMs: number | null = null,
  ) {
    this.spacingMs = 60_000 / Math.max(1, perMinute);
  }

  /** How long to wait before the next send may start (0 = now). */
  waitMs(nowMs: number): number {
    if (this.lastStartMs === null) return 0;
    // A start "in the future" means the clock went back (or --now restarted it): trust now.
    const last = Math.min(this.lastStartMs, nowMs);
    return Math.max(0, last + this.spacingMs - nowMs);
  }

  record(nowMs: number): void {
    this.lastStartMs = nowMs;
  }
}

/** The latest moment any message was marked `sending`, from the audit log. */
export function lastSendStart(db: Db): number | null {
  const row = db.prepare(`SELECT max(at) AS at FROM message_events WHERE to_state = 'sending'`).get() as { at: string | null };
  return row.at ? Date.parse(row.at) : null;
}

/** Exponential backoff for transient failures: 30 s, 1 min, 2 min, … capped at 30 min; a provider's Retry-After wins if longer. */
export function backoffMs(attempts: number, retryAfterMs?: number): number {
  const base = Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(base, retryAfterMs ?? 0);
}
