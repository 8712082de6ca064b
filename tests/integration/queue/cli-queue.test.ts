// The queue commands through the real, spawned `duebell` executable.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../electron/sms/demo/journal';
import { runDuebell } from '../../support/cli';
import { must, openTestCore } from '../../support/core';
import { seedQueuedLedger } from '../../support/messages';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T10:00:00+08:00';
const SIMULATED = '模拟发送——短信不会离开这台电脑';

async function ledger(n: number) {
  const dir = tmp();
  const core = await openTestCore(dir, NOW);
  await must(core, 'settings.set', { key: 'demo.zeroLatency', value: true });
  await must(core, 'settings.set', { key: 'queue.perMinute', value: 600 });
  const ids = await seedQueuedLedger(core, n);
  core.close();
  const db = join(dir, 'ledger.db');
  const cli = (...args: string[]) => runDuebell(['--db', db, '--now', NOW, '--json', ...args], dir);
  return { dir, db, ids, cli };
}

describe('duebell queue', () => {
  it('queue list [--state S] gives the contract fields', async () => {
    const { ids, cli } = await ledger(2);
    const out = cli('queue', 'list');
    expect(out.code).toBe(0);
    const json = out.json as { messages: Record<string, unknown>[] };
    expect(json.messages).toHaveLength(2);
    for (const key of ['id', 'customerId', 'to', 'stage', 'state', 'text', 'parts', 'attempts', 'updatedAt']) expect(json.messages[0]).toHaveProperty(key);
    expect(json.messages[0]).toMatchObject({ id: ids[0], state: 'queued', stage: 'reminder1' });
    expect((cli('queue', 'list', '--state', 'sent').json as { messages: unknown[] }).messages).toEqual([]);
    const bad = cli('queue', 'list', '--state', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.json).toMatchObject({ error: { code: 'usage' } });
  });

  it('queue work sends what is due, in the send shape, and says on stderr that it is simulated', async () => {
    const { db, ids, cli } = await ledger(3);
    const out = cli('queue', 'work');
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(SIMULATED);
    const json = out.json as { messages: { id: number; state: string }[]; summary: Record<string, number>; connector: unknown };
    expect(json.connector).toEqual({ name: 'demo', simulated: true, label: SIMULATED });
    expect(json.messages.map((m) => m.id)).toEqual(ids);
    expect(Object.values(json.summary).reduce((a, b) => a + b, 0)).toBe(3);
    for (const m of json.messages) expect(['sent', 'delivered']).toContain(m.state);
    expect((await readJournal(`${db}.demo-phone.jsonl`)).map((l) => l.messageId)).toEqual(ids);
    // nothing due any more: a second run sends nothing
    cli('queue', 'work');
    expect(await readJournal(`${db}.demo-phone.jsonl`)).toHaveLength(3);
  });

  it('queue pause | resume, persisted across invocations', async () => {
    const { db, cli } = await ledger(1);
    expect(cli('queue', 'pause').json).toMatchObject({ paused: true });
    const paused = cli('queue', 'work');
    expect(paused.json).toMatchObject({ paused: true, summary: { queued: 1 } });
    expect(await readJournal(`${db}.demo-phone.jsonl`)).toEqual([]);
    expect(cli('queue', 'resume').json).toMatchObject({ paused: false });
    expect(cli('queue', 'work').json).toMatchObject({ paused: false });
    expect(await readJournal(`${db}.demo-phone.jsonl`)).toHaveLength(1);
  });

  it('queue cancel ID… | --all; neither or both is a usage error', async () => {
    const { ids, cli } = await ledger(3);
    expect(cli('queue', 'cancel', String(ids[0])).json).toEqual({ cancelled: [ids[0]], refused: [] });
    expect(cli('queue', 'cancel', '--all').json).toEqual({ cancelled: [ids[1], ids[2]], refused: [] });
    expect(cli('queue', 'cancel').code).toBe(2);
    expect(cli('queue', 'cancel', '--all', '1').code).toBe(2);
    expect(cli('queue', 'cancel', 'x').code).toBe(2);
    const again = cli('queue', 'cancel', String(ids[0]));
    expect(again.code).toBe(1);
    expect(again.json).toEqual({ cancelled: [], refused: [{ id: ids[0], state: 'cancelled' }] });
    expect((cli('queue', 'list', '--state', 'cancelled').json as { messages: unknown[] }).messages).toHaveLength(3);
  });
});
