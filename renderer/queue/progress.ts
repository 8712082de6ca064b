import type { MessageState, QueueProgress, StateCounts } from './types';

/** States a message leaves the worker in: each one moves the bar a step. */
const FINISHED: MessageState[] = ['sent', 'delivered', 'failed', 'cancelled', 'expired', 'uncertain'];

export interface SendRun {
  total: number;
  done: number;
  /** How many messages of the whole queue were already finished when the run started. */
  baseline: number;
}

const finished = (counts: StateCounts): number => FINISHED.reduce((n, s) => n + (counts[s] ?? 0), 0);

export function startRun(total: number, counts: StateCounts): SendRun {
  return { total, done: 0, baseline: finished(counts) };
}

/** The queue reports counts for every message; what finished since the start is this run's. */
export function trackRun(run: SendRun, counts: StateCounts): SendRun {
  const done = Math.max(run.done, Math.min(run.total, finished(counts) - run.baseline));
  return { ...run, done };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a queue.progress payload defensively: events cross a process boundary. */
export function readProgress(payload: unknown): QueueProgress | null {
  if (!isRecord(payload) || !isRecord(payload.counts)) return null;
  const counts: StateCounts = {};
  for (const [k, v] of Object.entries(payload.counts)) if (typeof v === 'number') counts[k as MessageState] = v;
  return {
    counts,
    nextAttemptAt: typeof payload.nextAttemptAt === 'string' ? payload.nextAttemptAt : null,
    // The worker names the message in flight (an id), or null between sends.
    sending: payload.sending === true || typeof payload.sending === 'number',
    paused: typeof payload.paused === 'boolean' ? payload.paused : null,
  };
}
