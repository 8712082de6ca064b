import type { Db } from '../ledger/db';
import { readSettings } from '../ledger/settings-repo';

/** Nothing is due right now and nothing is in flight (or the queue is paused). */
export function drained(db: Db, now: Date): boolean {
  if (readSettings(db)['queue.paused']) return true;
  const row = db
    .prepare(
      `SELECT SUM(state = 'sending') AS sending,
         SUM(state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) AS due
       FROM messages WHERE state IN ('sending', 'queued')`,
    )
    .get(now.toISOString()) as { sending: number | null; due: number | null };
  return !row.sending && !row.due;
}

/**
 * Waits while another worker (this host's own, or another process holding the lease) sends what is
 * due; gives up after `timeoutMs` so a caller is never stuck behind a stalled worker.
 */
export async function waitUntilDrained(db: () => Db, now: () => Date, keepWaiting: () => boolean, timeoutMs = 10 * 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (keepWaiting() && Date.now() < until && !drained(db(), now())) {
    await new Promise((r) => setTimeout(r, 100));
  }
}
