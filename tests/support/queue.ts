// Drives the queue worker in-process with a fake clock: sleeping moves the clock instead of
// waiting, so throttling, backoff and quiet hours are tested in minutes of fake time, instantly.
import type { Core } from '../../electron/core/core';
import { type RunResult, runQueue } from '../../electron/queue/worker';
import type { Connector } from '../../electron/sms/connector';
import { DemoConnector } from '../../electron/sms/demo/demo-connector';
import { demoJournalPath } from '../../electron/sms/registry';

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

export function demoPhone(core: Core, clock: FakeClock): DemoConnector {
  return new DemoConnector({ journalPath: demoJournalPath(core.path), zeroLatency: true, now: () => clock.now() });
}

export function work(core: Core, connector: Connector, clock: FakeClock, extra: { signal?: AbortSignal } = {}): Promise<RunResult> {
  return runQueue({ db: core.database, connector, clock, until: 'idle', ...extra });
}
