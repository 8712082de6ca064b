// Drives the queue worker in-process with a fake clock: sleeping moves the clock instead of
// waiting, so throttling, backoff and quiet hours are tested in minutes of fake time, instantly.
import { afterEach, beforeEach } from 'vitest';
import type { Core } from '../../electron/core/core';
import { type RunResult, runQueue } from '../../electron/queue/worker';
import type { Connector } from '../../electron/sms/connector';
import { DemoConnector } from '../../electron/sms/demo/demo-connector';
import { demoJournalPath } from '../../electron/sms/registry';
import { openTestCore } from './core';
import { tempDirsPerTest } from './temp';

export interface FakeClock {
  now(): Date;
  sleep(ms: number): Promise<void>;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(startIso: string): FakeClock {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    sleep: async (ms) => {
      t += ms;
      await Promise.resolve();
    },
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export function demoPhone(core: Core, clock: FakeClock, extra: { throttled?: boolean } = {}): DemoConnector {
  return new DemoConnector({ journalPath: demoJournalPath(core.path), zeroLatency: true, now: () => clock.now(), ...extra });
}

export function work(core: Core, connector: Connector, clock: FakeClock, extra: { signal?: AbortSignal } = {}): Promise<RunResult> {
  return runQueue({ db: core.database, connector, clock, until: 'idle', ...extra });
}

export interface QueueBed {
  core: Core;
  clock: FakeClock;
  phone: DemoConnector;
}

/**
 * Per test: a fresh ledger, a fake clock at 10:00 Shanghai and a zero-latency demo phone, closed
 * afterwards. `use` receives them before each test (the worker test files share this setup).
 */
export function withQueueBed(use: (bed: QueueBed) => void): void {
  const tmp = tempDirsPerTest();
  let bed: QueueBed | null = null;
  beforeEach(async () => {
    const core = await openTestCore(tmp());
    const clock = fakeClock('2026-11-30T10:00:00+08:00');
    bed = { core, clock, phone: demoPhone(core, clock) };
    use(bed);
  });
  afterEach(async () => {
    await bed?.phone.close();
    bed?.core.close();
    bed = null;
  });
}
