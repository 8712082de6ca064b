// Crash test: `duebell queue work` is SIGKILLed at random moments and restarted, again and again.
// The demo phone's journal (fsynced before 'sent' is reported) is the witness of what left.
// Required: no message twice; none lost; the only messages not sent are `uncertain` — those in
// flight at a kill; the database is intact.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../electron/sms/demo/journal';
import { demoJournalPath } from '../../../electron/sms/registry';
import { runDuebell } from '../../support/cli';
import { must, openTestCore } from '../../support/core';
import { seedQueuedLedger } from '../../support/messages';
import { startDuebell } from '../../support/spawn';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T10:00:00+08:00'; // inside the allowed hours
const MESSAGES = 200;
const KILLS = 20;

describe('crash safety of the send queue', () => {
  it('SIGKILL at random points never sends a message twice and never loses one', async () => {
    const dir = tmp();
    const core = await openTestCore(dir, NOW);
    await must(core, 'settings.set', { key: 'demo.zeroLatency', value: true });
    // Spaced like a real line (10 ms apart), so the kills land while messages are leaving.
    await must(core, 'settings.set', { key: 'demo.throttled', value: true });
    await must(core, 'settings.set', { key: 'queue.perMinute', value: 6000 });
    const ids = await seedQueuedLedger(core, MESSAGES);
    const dbPath = core.path;
    core.close();
    const args = ['--db', dbPath, '--now', NOW, '--json', 'queue', 'work'];

    let killedMidRun = 0;
    let finishedAlone = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = startDuebell(args, dir);
      // The clock starts when the worker does (its first stderr line comes right before): process
      // start-up takes a few hundred ms, more on a busy machine, and killing during it tests nothing.
      const delay = 20 + Math.floor(Math.random() * 381);
      let timer = setTimeout(() => run.child.kill('SIGKILL'), 10_000);
      run.child.stderr?.once('data', () => {
        clearTimeout(timer);
        timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      });
      const res = await run.done;
      clearTimeout(timer);
      if (res.signal === 'SIGKILL') killedMidRun++;
      else {
        expect(res.code).toBe(0); // never "busy": a dead holder's lease is taken over at once
        finishedAlone++;
      }
    }
    const beforeLast = (await readJournal(demoJournalPath(dbPath))).length;
    // The last run is left alone to finish what is due.
    const last = runDuebell(args, dir);
    expect(last.code).toBe(0);

    const journal = (await readJournal(demoJournalPath(dbPath))).map((l) => l.messageId);
    const times = new Map<number, number>();
    for (const id of journal) times.set(id, (times.get(id) ?? 0) + 1);
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT id, state, reason FROM messages ORDER BY id').all() as { id: number; state: string; reason: string | null }[];
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();

    expect(integrity).toBe('ok');
    expect(rows.map((r) => r.id)).toEqual(ids); // none lost
    expect([...times.values()].every((n) => n === 1)).toBe(true); // none twice
    expect(journal.every((id) => ids.includes(id))).toBe(true);
    const uncertain = rows.filter((r) => r.state === 'uncertain');
    for (const r of rows) {
      expect(['sent', 'delivered', 'uncertain']).toContain(r.state);
      if (r.state === 'uncertain') {
        expect(r.reason).toBe('interrupted');
        expect(times.get(r.id) ?? 0).toBeLessThanOrEqual(1);
      } else expect(times.get(r.id)).toBe(1);
    }
    // At most one message is in flight per worker, so each kill leaves at most one uncertain.
    expect(uncertain.length).toBeLessThanOrEqual(killedMidRun);
    // The test only proves something if kills really land while messages are leaving.
    expect(killedMidRun).toBeGreaterThanOrEqual(3);
    console.log(
      `crash test: ${killedMidRun} kills mid-run, ${finishedAlone} runs finished alone; ${beforeLast} had left before the final run, ${journal.length} in the journal; ` +
        `${rows.length - uncertain.length} sent/delivered, ${uncertain.length} uncertain ` +
        `(${uncertain.filter((r) => times.has(r.id)).length} of them had left)`,
    );
  }, 90_000);
});
