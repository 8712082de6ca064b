import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { acquireLease } from '../../../electron/queue/lease';
import { runQueue } from '../../../electron/queue/worker';
import type { Connector } from '../../../electron/sms/connector';
import type { DemoConnector } from '../../../electron/sms/demo/demo-connector';
import { readJournal } from '../../../electron/sms/demo/journal';
import { demoJournalPath } from '../../../electron/sms/registry';
import { must } from '../../support/core';
import { addDebtor, eventsOf, insertMessage, rowOf } from '../../support/messages';
import { demoPhone, type FakeClock, withQueueBed, work } from '../../support/queue';

let core: Core;
let clock: FakeClock;
let phone: DemoConnector;
withQueueBed((bed) => {
  ({ core, clock, phone } = bed);
});

async function queued(n = 1): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = await addDebtor(core, { name: `C${i}`, mobile: `+86138001${String(i).padStart(5, '0')}` });
    ids.push(insertMessage(core.database, { customerId: d.customerId, to: d.mobile, invoiceIds: [d.invoiceId] }));
  }
  return ids;
}

describe('queue worker', () => {
  it('sends a due message: sending is committed first, then sent with the provider id; the report makes it delivered', async () => {
    const [id] = await queued();
    const run = await work(core, phone, clock);
    expect(run.touched).toEqual([id]);
    const row = rowOf(core.database, id!);
    expect(row).toMatchObject({ state: 'delivered', attempts: 1, connector: 'demo' });
    expect(row.provider_id).toMatch(/^demo-/);
    expect(eventsOf(core.database, id!).map((e) => `${e.from_state}→${e.to_state}`)).toEqual(['queued→sending', 'sending→sent', 'sent→delivered']);
    const sending = JSON.parse(eventsOf(core.database, id!)[0]!.detail_json);
    expect(sending).toMatchObject({ to: '+8613800100000', text: '您好，您的账款已逾期，请尽快处理。', attempts: 1, connector: 'demo' });
    const journal = await readJournal(demoJournalPath(core.path));
    expect(journal.map((l) => l.messageId)).toEqual([id]);
    expect(journal[0]!.providerId).toBe(row.provider_id);
  });

  it('a permanent failure fails that message only; the others are sent', async () => {
    const ids = await queued(3);
    const bad = rowOf(core.database, ids[1]!);
    expect(bad.state).toBe('queued');
    phone.markInvalid(['+8613800100001']);
    await work(core, phone, clock);
    expect(rowOf(core.database, ids[1]!)).toMatchObject({ state: 'failed', reason: 'invalid_number', attempts: 1 });
    expect([ids[0], ids[2]].map((id) => rowOf(core.database, id!).state)).toEqual(['delivered', 'delivered']);
    const events = eventsOf(core.database, ids[1]!);
    expect(JSON.parse(events.at(-1)!.detail_json)).toMatchObject({ outcome: 'permanent', code: 'invalid_number' });
  });

  it('transient failures go back to the queue with exponential backoff, then succeed', async () => {
    const [id] = await queued();
    phone.failTransiently({ count: 2 });
    const t0 = clock.now().getTime();
    await work(core, phone, clock);
    let row = rowOf(core.database, id!);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, reason: 'no_network' });
    expect(Date.parse(row.next_attempt_at!) - t0).toBe(30_000);
    await work(core, phone, clock); // not due yet: nothing happens
    expect(rowOf(core.database, id!).attempts).toBe(1);
    clock.set(row.next_attempt_at!);
    await work(core, phone, clock);
    row = rowOf(core.database, id!);
    expect(row).toMatchObject({ state: 'queued', attempts: 2 });
    expect(Date.parse(row.next_attempt_at!) - clock.now().getTime()).toBe(60_000);
    clock.set(row.next_attempt_at!);
    await work(core, phone, clock);
    expect(rowOf(core.database, id!)).toMatchObject({ state: 'delivered', attempts: 3, reason: null });
  });

  it('fails after queue.maxAttempts transient failures', async () => {
    await must(core, 'settings.set', { key: 'queue.maxAttempts', value: 3 });
    const [id] = await queued();
    phone.failTransiently();
    for (let i = 0; i < 5; i++) {
      await work(core, phone, clock);
      clock.advance(60 * 60_000);
    }
    expect(rowOf(core.database, id!)).toMatchObject({ state: 'failed', attempts: 3, reason: 'no_network' });
    expect(await readJournal(demoJournalPath(core.path))).toEqual([]);
  });

  it('a send that rejects (result unknown) becomes uncertain and is never retried automatically', async () => {
    const [id] = await queued();
    let calls = 0;
    const flaky: Connector = { ...phone, name: 'demo', label: phone.label, simulated: true, close: () => phone.close(), send: async () => {
      calls++;
      throw new Error('modem vanished');
    } };
    await work(core, flaky, clock);
    clock.advance(3600_000);
    await work(core, flaky, clock);
    expect(calls).toBe(1);
    expect(rowOf(core.database, id!)).toMatchObject({ state: 'uncertain', reason: 'send_error' });
  });

  it('on start, messages left in sending become uncertain and are not sent', async () => {
    const [id] = await queued();
    core.database.prepare(`UPDATE messages SET state = 'sending' WHERE id = ?`).run(id);
    const run = await work(core, phone, clock);
    expect(run.recovered).toEqual([id]);
    expect(rowOf(core.database, id!)).toMatchObject({ state: 'uncertain', reason: 'interrupted' });
    expect(await readJournal(demoJournalPath(core.path))).toEqual([]);
  });

  it('a paused queue sends nothing; resumed, it sends', async () => {
    const [id] = await queued();
    await must(core, 'settings.set', { key: 'queue.paused', value: true });
    const run = await work(core, phone, clock);
    expect(run.stopped).toBe('paused');
    expect(rowOf(core.database, id!).state).toBe('queued');
    await must(core, 'settings.set', { key: 'queue.paused', value: false });
    await work(core, phone, clock);
    expect(rowOf(core.database, id!).state).toBe('delivered');
  });

  it('refuses to start while another worker holds the lease, and releases its own when done', async () => {
    await queued();
    expect(acquireLease(core.database, `other-host/1/x`).ok).toBe(true);
    await expect(work(core, phone, clock)).rejects.toThrow(/queue_busy/);
    core.database.prepare('DELETE FROM queue_lease').run();
    await work(core, phone, clock);
    expect(core.database.prepare('SELECT count(*) AS n FROM queue_lease').get()).toEqual({ n: 0 });
  });

  it('throttles: at most queue.perMinute start within any minute, evenly spaced', async () => {
    await must(core, 'settings.set', { key: 'queue.perMinute', value: 5 });
    await queued(12);
    const t0 = clock.now().getTime();
    const line = demoPhone(core, clock, { throttled: true });
    await work(core, line, clock);
    await line.close();
    const starts = (core.database.prepare(`SELECT at FROM message_events WHERE to_state = 'sending' ORDER BY id`).all() as { at: string }[]).map(
      (r) => Date.parse(r.at) - t0,
    );
    expect(starts).toHaveLength(12);
    expect(starts.filter((t) => t < 60_000)).toHaveLength(5);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(12_000);
  });

  it('does not throttle the simulated phone: nothing leaves, so there is no network to protect', async () => {
    await must(core, 'settings.set', { key: 'queue.perMinute', value: 1 });
    await queued(5);
    const t0 = clock.now().getTime();
    await work(core, phone, clock);
    expect(clock.now().getTime() - t0).toBeLessThan(1000);
    expect(core.database.prepare(`SELECT count(*) AS n FROM messages WHERE state IN ('sent', 'delivered')`).get()).toEqual({ n: 5 });
  });

  it('emits queue.progress with counts by state', async () => {
    await queued(2);
    const seen: unknown[] = [];
    await runQueue({ db: core.database, connector: phone, clock, until: 'idle', emit: (type, payload) => type === 'queue.progress' && seen.push(payload) });
    expect(seen.at(-1)).toMatchObject({ counts: { delivered: 2, queued: 0 }, sending: null, paused: false });
    expect(seen.some((p) => typeof (p as { sending: unknown }).sending === 'number')).toBe(true);
  });
});
