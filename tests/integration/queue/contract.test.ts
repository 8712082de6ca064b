// The queue's contract through the core (as the desktop and web hosts call it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { failure, must, openTestCore } from '../../support/core';
import { addDebtor, insertMessage } from '../../support/messages';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
let core: Core;

beforeEach(async () => {
  core = await openTestCore(tmp());
  await must(core, 'settings.set', { key: 'demo.zeroLatency', value: true });
});
afterEach(() => core.close());

async function message(i: number, state: 'planned' | 'queued' | 'uncertain' | 'sent' = 'queued') {
  const d = await addDebtor(core, { name: `客户${i}`, mobile: `+86138002${String(i).padStart(5, '0')}` });
  return insertMessage(core.database, { customerId: d.customerId, to: d.mobile, invoiceIds: [d.invoiceId], state });
}

describe('queue contract', () => {
  it('queue.list returns the documented fields, filters by state', async () => {
    const a = await message(1);
    await message(2, 'planned');
    const all = await must(core, 'queue.list', {});
    expect(all.messages).toHaveLength(2);
    expect(all.messages[0]).toMatchObject({ id: a, customerName: '客户1', to: '+8613800200001', stage: 'reminder1', state: 'queued', parts: 1, encoding: 'UCS-2', attempts: 0, reason: null, nextAttemptAt: null, connector: null, providerId: null });
    expect((await must(core, 'queue.list', { state: 'planned' })).messages.map((m) => m.state)).toEqual(['planned']);
    expect((await failure(core, 'queue.list', { state: 'bogus' })).code).toBe('invalid_input');
  });

  it('queue.approve moves planned → queued and refuses the rest', async () => {
    const p = await message(1, 'planned');
    const q = await message(2);
    const out = await must(core, 'queue.approve', { ids: [p, q, 999] });
    expect(out).toEqual({ approved: [p], refused: [{ id: q, state: 'queued' }, { id: 999, state: null }] });
  });

  it('queue.work drains what is due and says the demo phone is simulated; queue.get shows the audit trail', async () => {
    const a = await message(1);
    const b = await message(2);
    const out = await must(core, 'queue.work', {});
    expect(out.connector).toEqual({ name: 'demo', simulated: true, label: 'Simulated — nothing leaves this computer' });
    expect(out.messages.map((m) => [m.id, m.state])).toEqual([
      [a, 'delivered'],
      [b, 'delivered'],
    ]);
    expect(out.summary).toEqual({ delivered: 2 });
    const got = await must(core, 'queue.get', { id: a });
    expect(got.events.map((e) => `${e.from}→${e.to}`)).toEqual(['queued→sending', 'sending→sent', 'sent→delivered']);
    expect(got.events[1]!.detail).toMatchObject({ outcome: 'sent', connector: 'demo' });
    expect(got.message.providerId).toMatch(/^demo-/);
    expect((await failure(core, 'queue.get', { id: 12345 })).code).toBe('message_not_found');
  });

  it('queue.pause persists: work sends nothing until queue.resume', async () => {
    const a = await message(1);
    expect((await must(core, 'queue.pause', {})).paused).toBe(true);
    expect((await must(core, 'settings.get', { key: 'queue.paused' })).settings).toEqual({ 'queue.paused': true });
    const paused = await must(core, 'queue.work', {});
    expect(paused.paused).toBe(true);
    expect(paused.messages).toEqual([{ id: a, to: '+8613800200001', state: 'queued', reason: null, nextAttemptAt: null }]);
    expect((await must(core, 'queue.resume', {})).paused).toBe(false);
    expect((await must(core, 'queue.work', {})).summary).toEqual({ delivered: 1 });
  });

  it('queue.cancel: by id, all planned/queued; never what already left', async () => {
    const a = await message(1);
    const b = await message(2, 'planned');
    const c = await message(3);
    const s = await message(4, 'sent');
    expect(await must(core, 'queue.cancel', { ids: [a, s] })).toEqual({ cancelled: [a], refused: [{ id: s, state: 'sent' }] });
    expect(await must(core, 'queue.cancel', { all: true })).toEqual({ cancelled: [b, c], refused: [] });
    const list = await must(core, 'queue.list', { state: 'cancelled' });
    expect(list.messages.map((m) => [m.id, m.reason])).toEqual([
      [a, 'user'],
      [b, 'user'],
      [c, 'user'],
    ]);
    const ev = await must(core, 'queue.get', { id: a });
    expect(ev.events[0]).toMatchObject({ from: 'queued', to: 'cancelled', actor: 'user@cli' });
    expect((await failure(core, 'queue.cancel', {})).code).toBe('nothing_to_cancel');
  });

  it('queue.resolveUncertain: mark_sent or send_again; refused for other states (translated)', async () => {
    const u1 = await message(1, 'uncertain');
    const u2 = await message(2, 'uncertain');
    expect((await must(core, 'queue.resolveUncertain', { id: u1, action: 'mark_sent' })).message).toMatchObject({ state: 'sent' });
    expect((await must(core, 'queue.resolveUncertain', { id: u2, action: 'send_again' })).message).toMatchObject({ state: 'queued' });
    const err = await failure(core, 'queue.resolveUncertain', { id: u1, action: 'send_again' }, 'zh-CN');
    expect(err.code).toBe('illegal_transition');
    expect(err.message).toContain('不能改为');
    expect((await must(core, 'queue.work', {})).messages.find((m) => m.id === u2)?.state).toBe('delivered');
  });

  it('queue.status counts by state and names the connector', async () => {
    await message(1);
    await message(2, 'planned');
    const st = await must(core, 'queue.status', {});
    expect(st.counts).toMatchObject({ queued: 1, planned: 1, sent: 0 });
    expect(st.connector).toMatchObject({ name: 'demo', simulated: true });
    expect(st.worker).toBeNull();
    await must(core, 'settings.set', { key: 'connector', value: 'nope' });
    expect((await failure(core, 'queue.status', {})).code).toBe('unknown_connector');
  });
});
