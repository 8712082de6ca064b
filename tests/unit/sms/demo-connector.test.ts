import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryReport } from '../../../electron/sms/connector';
import { DemoConnector, type DemoOptions } from '../../../electron/sms/demo/demo-connector';
import { readJournal } from '../../../electron/sms/demo/journal';

let dir: string;
let journalPath: string;
const open: DemoConnector[] = [];
const make = (opts: Partial<DemoOptions> = {}) => {
  const c = new DemoConnector({ journalPath, zeroLatency: true, ...opts });
  open.push(c);
  return c;
};
const msg = (messageId: number, to = '+8613800138000') => ({ messageId, to, text: `您好，提醒 #${messageId}`, parts: 1 });
const lines = () => readFileSync(journalPath, 'utf8').split('\n').filter(Boolean);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duebell-demo-'));
  journalPath = join(dir, 'sub', 'demo-phone.jsonl');
});
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo connector', () => {
  it('says it is simulated, in both languages', () => {
    const c = make();
    expect(c.simulated).toBe(true);
    expect(c.label['zh-CN']).toBe('模拟发送——短信不会离开这台电脑');
    expect(c.label.en).toBe('Simulated — nothing leaves this computer');
  });

  it('the JSONL line is on disk when send() reports sent', async () => {
    const c = make({ now: () => new Date('2026-11-30T02:00:00Z') });
    const out = await c.send(msg(7));
    expect(out).toMatchObject({ outcome: 'sent', parts: 1 });
    // Read synchronously right after the promise resolved: nothing may still be pending.
    const got = lines().map((l) => JSON.parse(l));
    expect(got).toEqual([
      expect.objectContaining({ messageId: 7, to: '+8613800138000', text: '您好，提醒 #7', at: '2026-11-30T02:00:00.000Z' }),
    ]);
    if (out.outcome !== 'sent') throw new Error('expected sent');
    expect(got[0].providerId).toBe(out.providerId);
  });

  it('concurrent sends each write one whole line', async () => {
    const c = make();
    await Promise.all(Array.from({ length: 25 }, (_, i) => c.send(msg(i + 1))));
    const ids = (await readJournal(journalPath)).map((l) => l.messageId).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(lines()).toHaveLength(25);
  });

  it('a delivery report arrives after the configured delay, never before sent', async () => {
    const c = make({ zeroLatency: false, sendLatencyMs: 0, deliveryDelayMs: 60 });
    const reports: DeliveryReport[] = [];
    const arrived = new Promise<DeliveryReport>((resolve) =>
      c.onDeliveryReport((r) => {
        reports.push(r);
        resolve(r);
      }),
    );
    const started = Date.now();
    const out = await c.send(msg(1));
    expect(reports).toHaveLength(0);
    if (out.outcome !== 'sent') throw new Error('expected sent');
    expect(await c.pollStatus([out.providerId])).toMatchObject([{ status: 'pending' }]);
    const report = await arrived;
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(report).toMatchObject({ providerId: out.providerId, status: 'delivered' });
    expect(await c.pollStatus([out.providerId, 'unknown'])).toMatchObject([{ status: 'delivered' }]);
  });

  it('zero-latency mode still reports delivery (on a later tick)', async () => {
    const c = make();
    const arrived = new Promise<DeliveryReport>((resolve) => c.onDeliveryReport(resolve));
    await c.send(msg(3));
    await expect(arrived).resolves.toMatchObject({ status: 'delivered' });
  });

  it('a marked number fails permanently with invalid_number and nothing is journaled', async () => {
    const c = make({ invalidNumbers: ['+8613900000000'] });
    c.markInvalid(['+8613911111111']);
    expect(await c.send(msg(1, '+8613900000000'))).toMatchObject({ outcome: 'permanent', code: 'invalid_number' });
    expect(await c.send(msg(2, '+8613911111111'))).toMatchObject({ outcome: 'permanent', code: 'invalid_number' });
    expect(await c.send(msg(3, '13800138000'))).toMatchObject({ outcome: 'permanent', code: 'invalid_number' });
    expect(await readJournal(journalPath)).toEqual([]);
    // The queue keeps moving: the next good number still goes.
    expect(await c.send(msg(4))).toMatchObject({ outcome: 'sent' });
  });

  it('can be told to fail transiently, for a number of sends or until cleared', async () => {
    const c = make();
    c.failTransiently({ count: 2, code: 'no_network', retryAfterMs: 5000 });
    expect(await c.send(msg(1))).toEqual({ outcome: 'transient', code: 'no_network', detail: expect.any(String), retryAfterMs: 5000 });
    expect(await c.send(msg(1))).toMatchObject({ outcome: 'transient' });
    expect(await c.send(msg(1))).toMatchObject({ outcome: 'sent' });
    c.failTransiently();
    expect(await c.send(msg(2))).toMatchObject({ outcome: 'transient' });
    c.clearFailures();
    expect(await c.send(msg(2))).toMatchObject({ outcome: 'sent' });
    expect((await readJournal(journalPath)).map((l) => l.messageId)).toEqual([1, 2]);
  });

  it('simulated replies reach onInbound listeners', () => {
    const c = make();
    const got: string[] = [];
    const off = c.onInbound((m) => got.push(`${m.from}:${m.text}`));
    c.receive('+8613800138000', '退订');
    off();
    c.receive('+8613800138000', 'again');
    expect(got).toEqual(['+8613800138000:退订']);
  });

  it('after close: no reports, sends do not leave', async () => {
    const c = make({ zeroLatency: false, sendLatencyMs: 0, deliveryDelayMs: 30 });
    const reports: DeliveryReport[] = [];
    c.onDeliveryReport((r) => reports.push(r));
    await c.send(msg(1));
    await c.close();
    await new Promise((r) => setTimeout(r, 60));
    expect(reports).toEqual([]);
    expect(await c.send(msg(2))).toMatchObject({ outcome: 'transient', code: 'connector_closed' });
    expect(await c.health()).toMatchObject({ ok: false });
  });

  it('readJournal ignores a torn last line (a crash mid-write was never acknowledged)', async () => {
    const c = make();
    await c.send(msg(1));
    appendFileSync(journalPath, '{"messageId":2,"to":"+86');
    expect((await readJournal(journalPath)).map((l) => l.messageId)).toEqual([1]);
  });
});
