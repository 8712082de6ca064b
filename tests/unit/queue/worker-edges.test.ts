// Less common paths: failed delivery reports, unknown provider ids, a lease lost mid-run.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { applyDeliveryReport } from '../../../electron/queue/outcomes';
import type { Connector } from '../../../electron/sms/connector';
import type { DemoConnector } from '../../../electron/sms/demo/demo-connector';
import { eventsOf, rowOf, seedQueuedLedger } from '../../support/messages';
import { type FakeClock, withQueueBed, work } from '../../support/queue';

let core: Core;
let clock: FakeClock;
let phone: DemoConnector;
withQueueBed((bed) => {
  ({ core, clock, phone } = bed);
});

describe('delivery reports', () => {
  it('a failed report turns sent into failed (delivery_failed); unknown ids and repeats change nothing', async () => {
    const [id] = await seedQueuedLedger(core, 1);
    core.database.prepare(`UPDATE messages SET state = 'sent', provider_id = 'p-1' WHERE id = ?`).run(id);
    const at = new Date('2026-11-30T02:05:00Z');
    expect(applyDeliveryReport(core.database, { providerId: 'p-404', status: 'failed', at }, at)).toBeNull();
    expect(applyDeliveryReport(core.database, { providerId: 'p-1', status: 'pending', at }, at)).toBeNull();
    expect(applyDeliveryReport(core.database, { providerId: 'p-1', status: 'failed', at, code: '0x45', detail: 'no such subscriber' }, at)).toMatchObject({ from: 'sent', to: 'failed' });
    expect(applyDeliveryReport(core.database, { providerId: 'p-1', status: 'delivered', at }, at)).toBeNull();
    expect(rowOf(core.database, id!)).toMatchObject({ state: 'failed', reason: 'delivery_failed' });
    expect(JSON.parse(eventsOf(core.database, id!).at(-1)!.detail_json)).toMatchObject({ code: '0x45', answer: 'no such subscriber' });
  });
});

describe('lease lost mid-run', () => {
  it('a worker whose lease was taken over marks nothing more as sending and stops', async () => {
    const ids = await seedQueuedLedger(core, 3);
    const thief: Connector = {
      name: 'demo',
      label: phone.label,
      simulated: true,
      close: () => phone.close(),
      send: async (msg) => {
        const out = await phone.send(msg);
        // Another process decided we were stale and took the lease while we were sending.
        core.database.prepare(`UPDATE queue_lease SET holder = 'other-host/1/x'`).run();
        return out;
      },
    };
    const run = await work(core, thief, clock);
    expect(run.stopped).toBe('lease_lost');
    expect(ids.map((id) => rowOf(core.database, id).state)).toEqual(['sent', 'queued', 'queued']);
    // and it did not release the other holder's lease
    expect(core.database.prepare('SELECT holder FROM queue_lease').get()).toEqual({ holder: 'other-host/1/x' });
  });
});
