// The send worker: one per ledger (lease), sends one message at a time through one connector.
// Order per message: throttle → re-check + mark `sending` (one transaction) → connector.send →
// outcome. A crash between the last two leaves `sending`, which the next start turns into
// `uncertain` — never re-sent automatically, so a crash can never send a message twice.

import { AppError } from '../../shared/errors';
import type { Settings } from '../../shared/settings';
import type { Db } from '../ledger/db';
import { readSettings } from '../ledger/settings-repo';
import type { Connector } from '../sms/connector';
import { acquireLease, LEASE_TTL_MS, newHolderId, releaseLease, renewLease } from './lease';
import { applyDeliveryReport, applyOutcome, markUncertain, recoverInFlight } from './outcomes';
import { prepareSend } from './prepare';
import { countByState, nextAttemptAt, pickDue } from './repo';
import { lastSendStart, Throttle } from './throttle';
import './errors';

export interface QueueClock {
  now(): Date;
  /** Defaults to a real timer; tests pass one that moves a fake clock instead. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface RunOptions {
  db: Db;
  connector: Connector;
  clock: QueueClock;
  /** Read fresh on every message, so a setting changed meanwhile (hours, pause) applies at once. */
  settings?: () => Settings;
  emit?: (type: string, payload: unknown) => void;
  /** 'idle': return when nothing is due now; 'forever': keep waiting for work until aborted. */
  until?: 'idle' | 'forever';
  signal?: AbortSignal;
  holder?: string;
  leaseTtlMs?: number;
  /** How often a 'forever' worker looks for new work when idle (default 2 s). */
  pollMs?: number;
}

export interface RunResult {
  holder: string;
  /** Every message this run changed, in order of first change. */
  touched: number[];
  recovered: number[];
  stopped: 'idle' | 'paused' | 'aborted' | 'lease_lost';
}

const BATCH = 50;

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function runQueue(opts: RunOptions): Promise<RunResult> {
  const { db, connector, clock } = opts;
  const settings = opts.settings ?? (() => readSettings(db));
  const sleep = (ms: number) => (clock.sleep ?? realSleep)(ms, opts.signal);
  const holder = opts.holder ?? newHolderId();
  const ttl = opts.leaseTtlMs ?? LEASE_TTL_MS;
  const got = acquireLease(db, holder, ttl);
  if (!got.ok) throw new AppError('queue_busy', { holder: got.lease.holder });

  const touched = new Set<number>();
  let sending: number | null = null;
  let lost = false;
  // Counting by state scans the day's messages: the counts are re-read at most every 250 ms (plenty
  // for a progress bar) and exactly when the run ends, so a 100,000-message day stays linear.
  let counted = 0;
  let counts: ReturnType<typeof countByState> | null = null;
  let next: string | null = null;
  const progress = (fresh = false) => {
    if (!opts.emit) return;
    if (fresh || !counts || Date.now() - counted >= 250) {
      counts = countByState(db);
      next = nextAttemptAt(db);
      counted = Date.now();
    }
    opts.emit('queue.progress', { counts, nextAttemptAt: next, sending, paused: settings()['queue.paused'] });
  };
  const note = (id: number | undefined) => {
    if (id !== undefined) touched.add(id);
  };

  // Renewed by a timer, so a send that takes tens of seconds (a modem) keeps the lease alive.
  const renew = setInterval(() => {
    if (db.open && !renewLease(db, holder, ttl)) lost = true;
  }, ttl / 3);
  const unsubscribe = connector.onDeliveryReport?.((report) => {
    if (!db.open) return;
    const change = applyDeliveryReport(db, report, clock.now());
    if (change) {
      note(change.id);
      progress();
    }
  });

  let stopped: RunResult['stopped'] = 'idle';
  try {
    const recovered = recoverInFlight(db, clock.now());
    for (const id of recovered) note(id);
    // A simulated phone has no network or SIM to protect: it is not throttled (demos stay quick).
    const perMinute = opts.connector.unthrottled ? Number.POSITIVE_INFINITY : settings()['queue.perMinute'];
    const throttle = new Throttle(perMinute, lastSendStart(db));
    progress();
    outer: while (true) {
      if (lost) {
        stopped = 'lease_lost';
        break;
      }
      if (opts.signal?.aborted) {
        stopped = 'aborted';
        break;
      }
      if (settings()['queue.paused']) {
        stopped = 'paused';
        if (opts.until !== 'forever') break;
        await sleep(opts.pollMs ?? 2000);
        continue;
      }
      const due = pickDue(db, clock.now(), BATCH);
      if (due.length === 0) {
        if (opts.until !== 'forever') {
          stopped = 'idle';
          break;
        }
        const next = nextAttemptAt(db);
        const untilNext = next ? Date.parse(next) - clock.now().getTime() : Number.POSITIVE_INFINITY;
        await sleep(Math.max(1, Math.min(untilNext, opts.pollMs ?? 2000)));
        continue;
      }
      for (const candidate of due) {
        if (opts.signal?.aborted || lost) continue outer;
        const s = settings();
        if (s['queue.paused']) continue outer;
        const wait = throttle.waitMs(clock.now().getTime());
        if (wait > 0) await sleep(wait);
        if (opts.signal?.aborted || lost) continue outer;

        const now = clock.now();
        const step = prepareSend(db, candidate.id, holder, now, s, connector.name);
        if (step.kind === 'lease_lost') {
          lost = true;
          continue outer;
        }
        if (step.kind === 'skipped') {
          note(step.change?.id);
          if (step.change) progress();
          continue;
        }
        throttle.record(now.getTime());
        note(step.msg.id);
        sending = step.msg.id;
        progress();
        try {
          const outcome = await connector.send({ messageId: step.msg.id, to: step.msg.to, text: step.msg.text, parts: step.msg.parts });
          applyOutcome(db, step.inFlight, outcome, clock.now(), s['queue.maxAttempts']);
        } catch (err) {
          markUncertain(db, step.msg.id, err, clock.now());
        }
        sending = null;
        progress();
      }
    }
    // Reports due on the next tick (zero-latency demo phone) still belong to this run: a 0 ms
    // timer created now fires after the connector's earlier ones.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { holder, touched: [...touched], recovered, stopped };
  } finally {
    clearInterval(renew);
    unsubscribe?.();
    if (db.open) releaseLease(db, holder);
    if (db.open) progress(true);
  }
}
