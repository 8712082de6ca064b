// One worker per ledger across processes: the CLI's `queue work` started while the desktop/web
// host's worker runs never sends the same message (the demo phone's journal is the witness).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore, must } from '../../support/core';
import { runQueue } from '../../../electron/queue/worker';
import { readJournal } from '../../../electron/sms/demo/journal';
import { createConnector, demoJournalPath } from '../../../electron/sms/registry';
import { seedQueuedLedger, stateOf } from '../../support/messages';
import { startDuebell } from '../../support/spawn';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T10:00:00+08:00';

describe('two workers on one ledger', () => {
  it('the CLI worker spawned while an in-process worker runs is refused; nothing is sent twice', async () => {
    const dir = tmp();
    const core = await openTestCore(dir, NOW);
    await must(core, 'settings.set', { key: 'queue.perMinute', value: 600 });
    const ids = await seedQueuedLedger(core, 20);
    // Normal demo latency (150 ms a send): the in-process worker is busy for ~5 s.
    const connector = createConnector({ dbPath: core.path, settings: core.settings(), now: () => core.clock.now() });
    const stop = new AbortController();
    const inProcess = runQueue({ db: core.database, connector, clock: core.clock, until: 'forever', signal: stop.signal, pollMs: 50 });

    const cli = startDuebell(['--db', join(dir, 'ledger.db'), '--now', NOW, '--json', 'queue', 'work'], dir);
    const busy = await cli.done;
    expect(busy.code).toBe(1);
    expect(JSON.parse(busy.stdout)).toMatchObject({ error: { code: 'queue_busy' } });

    // Hand over mid-queue: stop the in-process worker, the CLI finishes the rest.
    stop.abort();
    await inProcess;
    await connector.close();
    const sentByFirst = (await readJournal(demoJournalPath(core.path))).length;
    expect(sentByFirst).toBeGreaterThan(0);
    expect(sentByFirst).toBeLessThan(20);
    const second = await startDuebell(['--db', join(dir, 'ledger.db'), '--now', NOW, '--json', 'settings', 'set', 'demo.zeroLatency', 'true'], dir).done;
    expect(second.code).toBe(0);
    const rest = await startDuebell(['--db', join(dir, 'ledger.db'), '--now', NOW, '--json', 'queue', 'work'], dir).done;
    expect(rest.code).toBe(0);

    const journal = (await readJournal(demoJournalPath(core.path))).map((l) => l.messageId);
    expect(new Set(journal).size).toBe(journal.length);
    expect([...journal].sort((a, b) => a - b)).toEqual(ids);
    for (const id of ids) expect(['sent', 'delivered']).toContain(stateOf(core.database, id));
    core.close();
  }, 30_000);

  it('racing starts: whichever worker wins, each message leaves once', async () => {
    const dir = tmp();
    const core = await openTestCore(dir, NOW);
    await must(core, 'settings.set', { key: 'queue.perMinute', value: 600 });
    await must(core, 'settings.set', { key: 'demo.zeroLatency', value: true });
    const ids = await seedQueuedLedger(core, 15);
    let busyRefusals = 0;
    for (let round = 0; round < 4; round++) {
      const cli = startDuebell(['--db', join(dir, 'ledger.db'), '--now', NOW, '--json', 'queue', 'work'], dir);
      await new Promise((r) => setTimeout(r, 150 + round * 60)); // around the CLI's own start-up
      const connector = createConnector({ dbPath: core.path, settings: core.settings(), now: () => core.clock.now() });
      try {
        await runQueue({ db: core.database, connector, clock: core.clock, until: 'idle' });
      } catch (err) {
        expect(String(err)).toMatch(/queue_busy/);
        busyRefusals++;
      } finally {
        await connector.close();
      }
      const res = await cli.done;
      if (res.code !== 0) {
        expect(JSON.parse(res.stdout)).toMatchObject({ error: { code: 'queue_busy' } });
        busyRefusals++;
      }
    }
    const journal = (await readJournal(demoJournalPath(core.path))).map((l) => l.messageId);
    expect(new Set(journal).size).toBe(journal.length);
    expect([...journal].sort((a, b) => a - b)).toEqual(ids);
    expect(busyRefusals).toBeGreaterThan(0);
    core.close();
  }, 30_000);
});
