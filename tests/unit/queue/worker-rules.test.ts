// The moment-of-sending rules: paid/opted out since approval, allowed hours in the customer's
// zone with the hard 22:00–08:00 limit, expiry at the end of the day's window.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { DemoConnector } from '../../../electron/sms/demo/demo-connector';
import { readJournal } from '../../../electron/sms/demo/journal';
import { demoJournalPath } from '../../../electron/sms/registry';
import { must } from '../../support/core';
import { addDebtor, type DebtorOptions, eventsOf, insertMessage, rowOf } from '../../support/messages';
import { type FakeClock, withQueueBed, work } from '../../support/queue';

let core: Core;
let clock: FakeClock;
let phone: DemoConnector;
withQueueBed((bed) => {
  ({ core, clock, phone } = bed);
});

async function one(debtor: DebtorOptions = {}, createdAt?: string) {
  const d = await addDebtor(core, debtor);
  const id = insertMessage(core.database, { customerId: d.customerId, to: d.mobile, invoiceIds: [d.invoiceId], createdAt });
  return { ...d, id };
}
const journalIds = async () => (await readJournal(demoJournalPath(core.path))).map((l) => l.messageId);

describe('re-check at the moment of sending', () => {
  it('a payment recorded after approval cancels the queued message (reason paid)', async () => {
    const m = await one();
    await must(core, 'payments.add', { customerId: m.customerId, amountCents: 10_000, paidOn: '2026-11-30' });
    await work(core, phone, clock);
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'cancelled', reason: 'paid' });
    expect(eventsOf(core.database, m.id).map((e) => e.to_state)).toEqual(['cancelled']);
    expect(await journalIds()).toEqual([]);
  });

  it('a customer who opted out since is not sent to (reason opted_out)', async () => {
    const m = await one();
    await must(core, 'customers.update', { id: m.customerId, optedOut: true });
    await work(core, phone, clock);
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'cancelled', reason: 'opted_out' });
    expect(await journalIds()).toEqual([]);
  });

  it('disputed since → cancelled with the rule code', async () => {
    const m = await one();
    await must(core, 'customers.update', { id: m.customerId, disputed: true });
    await work(core, phone, clock);
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'cancelled', reason: 'disputed' });
  });

  it('still owing and reachable → sent (the control case)', async () => {
    const m = await one();
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([m.id]);
  });
});

describe('allowed hours', () => {
  it('due at 22:30 it waits until 08:00 (nextAttemptAt), then leaves', async () => {
    clock.set('2026-11-30T22:30:00+08:00');
    const m = await one({}, '2026-11-30T14:30:00.000Z');
    const run = await work(core, phone, clock);
    expect(run.stopped).toBe('idle');
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'queued', reason: 'quiet_hours', next_attempt_at: '2026-12-01T00:00:00.000Z' });
    expect(await journalIds()).toEqual([]);
    clock.set('2026-12-01T07:59:00+08:00');
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([]);
    clock.set('2026-12-01T08:00:00+08:00');
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([m.id]);
    expect(rowOf(core.database, m.id).state).toBe('delivered');
  });

  it("honours the customer's time zone (New York evening while it is morning in Shanghai)", async () => {
    // 10:00 Shanghai = 21:00 the evening before in New York: closed there.
    const ny = await one({ mobile: '+12125550123', timezone: 'America/New_York' });
    const sh = await one({ name: 'Local', mobile: '+8613900139000' });
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([sh.id]);
    expect(rowOf(core.database, ny.id)).toMatchObject({ state: 'queued', reason: 'quiet_hours', next_attempt_at: '2026-11-30T13:00:00.000Z' });
  });

  it('the 22:00–08:00 hard limit holds even with hours.end set to 23:00', async () => {
    await must(core, 'settings.set', { key: 'hours.end', value: '23:00' });
    clock.set('2026-11-30T21:30:00+08:00');
    const early = await one();
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([early.id]); // 21:30: the setting did widen up to 22:00
    clock.set('2026-11-30T22:30:00+08:00');
    const late = await one({ name: 'Late', mobile: '+8613900139001' }, '2026-11-30T14:30:00.000Z');
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([early.id]);
    expect(rowOf(core.database, late.id)).toMatchObject({ state: 'queued', next_attempt_at: '2026-12-01T00:00:00.000Z' });
  });
});

describe('expiry', () => {
  it("a reminder still queued at the end of its day's window becomes expired", async () => {
    const m = await one(); // planned 10:00 on 2026-11-30
    clock.set('2026-11-30T21:00:00+08:00');
    await work(core, phone, clock);
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'expired', reason: 'window_passed' });
    expect(JSON.parse(eventsOf(core.database, m.id)[0]!.detail_json)).toMatchObject({ deadline: '2026-11-30T13:00:00.000Z' });
    expect(await journalIds()).toEqual([]);
  });

  it('just before the end it still leaves', async () => {
    const m = await one();
    clock.set('2026-11-30T20:59:00+08:00');
    await work(core, phone, clock);
    expect(await journalIds()).toEqual([m.id]);
  });

  it('a message waiting through the night after a retry expires when its day is over', async () => {
    const m = await one();
    phone.failTransiently();
    clock.set('2026-11-30T20:59:50+08:00');
    await work(core, phone, clock); // fails, retry at 21:00:20 — outside, and past the deadline
    expect(rowOf(core.database, m.id).state).toBe('queued');
    phone.clearFailures();
    clock.set('2026-12-01T08:00:00+08:00');
    await work(core, phone, clock);
    expect(rowOf(core.database, m.id)).toMatchObject({ state: 'expired' });
    expect(await journalIds()).toEqual([]);
  });
});
