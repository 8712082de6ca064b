import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { planDay } from '../../../electron/planner/plan-service';
import { defaultTemplateSource, type TemplateSource } from '../../../electron/planner/template-source';
import { must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T10:00:00+08:00';

async function shop(core: Core) {
  await must(core, 'settings.set', { key: 'business.name', value: '李记商行' });
  await must(core, 'settings.set', { key: 'business.phone', value: '0571-1234567' });
  await must(core, 'settings.set', { key: 'business.signature', value: '李记' });
}

async function customer(core: Core, name: string, mobile: string | null, invoices: { due: string; cents: number; ref?: string }[]) {
  const c = (await must(core, 'customers.add', { name, mobile })).customer;
  let n = 0;
  for (const i of invoices) await must(core, 'invoices.add', { customerId: c.id, reference: i.ref ?? `${name}-${++n}`, dueDate: i.due, amountCents: i.cents });
  return c.id;
}

/** Records that a reminder of `stage` left on `sentAt` (as the queue would have). */
function sentReminder(core: Core, customerId: number, stage: string, sentAt: string) {
  const db = core.database;
  db.prepare(
    `INSERT INTO messages (customer_id, plan_date, stage, to_number, text, parts, encoding, state, sent_at, created_at, updated_at)
     VALUES (?, substr(?, 1, 10), ?, '+8613800000000', 'x', 1, 'UCS-2', 'sent', ?, ?, ?)`,
  ).run(customerId, sentAt, stage, sentAt, sentAt, sentAt);
}

describe('planning a day from the ledger', () => {
  it('follows the worked examples of cadence.md', async () => {
    const core = await openTestCore(tmp(), NOW);
    await shop(core);
    const A = await customer(core, 'A', '13800000001', [{ due: '2026-11-29', cents: 10000 }]);
    const B = await customer(core, 'B', '13800000002', [
      { due: '2026-10-01', cents: 10000 },
      { due: '2026-10-20', cents: 2550 },
    ]);
    const C = await customer(core, 'C', '13800000003', [{ due: '2026-11-30', cents: 100 }]);
    const D = await customer(core, 'D', '13800000004', [{ due: '2026-12-15', cents: 100 }]);
    const E = await customer(core, 'E', '13800000005', [{ due: '2026-11-01', cents: 100 }]);
    sentReminder(core, E, 'reminder1', '2026-11-25T02:00:00.000Z');
    const F = await customer(core, 'F', '13800000006', [{ due: '2026-11-01', cents: 100 }]);
    sentReminder(core, F, 'reminder1', '2026-11-29T02:00:00.000Z');
    const G = await customer(core, 'G', '13800000007', [{ due: '2026-10-01', cents: 100 }]);
    sentReminder(core, G, 'reminder1', '2026-11-01T02:00:00.000Z');
    sentReminder(core, G, 'reminder2', '2026-11-10T02:00:00.000Z');
    const H = await customer(core, 'H', '13800000008', [{ due: '2026-09-01', cents: 100 }]);
    sentReminder(core, H, 'reminder1', '2026-10-01T02:00:00.000Z');
    sentReminder(core, H, 'reminder2', '2026-10-10T02:00:00.000Z');
    sentReminder(core, H, 'final', '2026-11-20T02:00:00.000Z');
    const I = await customer(core, 'I', '13800000009', [{ due: '2026-11-10', cents: 5000 }]);
    sentReminder(core, I, 'reminder1', '2026-11-20T02:00:00.000Z');
    await must(core, 'payments.add', { customerId: I, amountCents: 5000, paidOn: '2026-11-29' });

    const plan = await must(core, 'plan.run', {});
    expect(plan.asOf).toBe('2026-11-30');
    const stageOf = new Map(plan.messages.map((m) => [m.customerId, m.stage]));
    const reasonOf = new Map(plan.excluded.map((e) => [e.customerId, e.reason]));
    expect(stageOf.get(A)).toBe('reminder1');
    expect(stageOf.get(B)).toBe('reminder1');
    expect(plan.messages.find((m) => m.customerId === B)?.amountCents).toBe(12550);
    expect(reasonOf.get(C)).toBe('due_today');
    expect(reasonOf.get(D)).toBe('not_due');
    expect(reasonOf.get(E)).toBe('stage_not_due');
    expect(reasonOf.get(F)).toBe('recently_contacted');
    expect(stageOf.get(G)).toBe('final');
    expect(reasonOf.get(H)).toBe('final_sent');
    expect(stageOf.get(I)).toBe('confirmation');
    // The text is exactly what will be sent: signature first, the customer's own facts inside.
    const textB = plan.messages.find((m) => m.customerId === B)!.text;
    expect(textB.startsWith('【李记】')).toBe(true);
    expect(textB).toContain('125.50元');
    expect(textB).toContain('2026年10月1日');
    expect(textB).toContain('逾期60天');
    expect(plan.messages.every((m) => m.state === 'planned' && m.parts >= 1)).toBe(true);

    // E on 2026-12-02 → reminder2 (cadence.md)
    const later = await must(core, 'plan.run', { asOf: '2026-12-02' });
    expect(later.messages.find((m) => m.customerId === E)?.stage).toBe('reminder2');
    core.close();
  });

  it('is idempotent: a second plan the same day shows the same messages and creates nothing', async () => {
    const core = await openTestCore(tmp(), NOW);
    await shop(core);
    await customer(core, 'A', '13800000001', [{ due: '2026-11-01', cents: 10000 }]);
    const first = await must(core, 'plan.run', {});
    const second = await must(core, 'plan.run', {});
    expect(second.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
    expect((core.database.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n).toBe(1);
    expect((core.database.prepare(`SELECT count(*) AS n FROM message_events WHERE to_state = 'planned'`).get() as { n: number }).n).toBe(1);
    core.close();
  });

  it('stores a plan larger than one insert batch: every message once, each with one planned event', async () => {
    const core = await openTestCore(tmp(), NOW);
    await shop(core);
    for (let i = 0; i < 123; i++) await customer(core, `C${i}`, `138${String(i).padStart(8, '0')}`, [{ due: '2026-11-01', cents: 1000 + i }]);
    const plan = await must(core, 'plan.run', {});
    expect(plan.messages).toHaveLength(123);
    expect(new Set(plan.messages.map((m) => m.customerId)).size).toBe(123);
    const events = core.database.prepare(`SELECT message_id, count(*) AS n FROM message_events WHERE to_state = 'planned' GROUP BY message_id`).all() as { n: number }[];
    expect(events).toHaveLength(123);
    expect(events.every((e) => e.n === 1)).toBe(true);
    const again = await must(core, 'plan.run', {});
    expect(again.messages.map((m) => m.id)).toEqual(plan.messages.map((m) => m.id));
    expect((core.database.prepare(`SELECT count(*) AS n FROM message_events`).get() as { n: number }).n).toBe(123);
    core.close();
  });

  it('excludes with reasons: no mobile, landline, opted out, disputed, paused, paid, below minimum', async () => {
    const core = await openTestCore(tmp(), NOW);
    await shop(core);
    const due = [{ due: '2026-11-01', cents: 30000 }];
    const noMobile = await customer(core, 'none', null, due);
    const landline = await customer(core, 'land', null, due);
    core.database.prepare(`UPDATE customers SET phone_raw = '0571-88886666', unreachable_reason = 'landline' WHERE id = ?`).run(landline);
    const opted = await customer(core, 'opted', '13800000003', due);
    await must(core, 'customers.update', { id: opted, optedOut: true });
    const disputed = await customer(core, 'disp', '13800000004', due);
    await must(core, 'customers.update', { id: disputed, disputed: true });
    const paused = await customer(core, 'pause', '13800000005', due);
    await must(core, 'customers.update', { id: paused, pausedUntil: '2026-12-10' });
    const paid = await customer(core, 'paid', '13800000006', due);
    await must(core, 'payments.add', { customerId: paid, amountCents: 30000, paidOn: '2026-10-30' });
    await must(core, 'settings.set', { key: 'reminder.minimumCents', value: 20000 });
    const small = await customer(core, 'small', '13800000007', [{ due: '2026-11-01', cents: 10000 }]);
    const plan = await must(core, 'plan.run', {});
    const reasonOf = new Map(plan.excluded.map((e) => [e.customerId, e]));
    expect(reasonOf.get(noMobile)?.reason).toBe('no_mobile');
    expect(reasonOf.get(landline)?.reason).toBe('invalid_mobile');
    expect(reasonOf.get(opted)?.reason).toBe('opted_out');
    expect(reasonOf.get(disputed)?.reason).toBe('disputed');
    expect(reasonOf.get(paused)?.reason).toBe('paused');
    expect(reasonOf.get(paid)?.reason).toBe('paid');
    expect(reasonOf.get(small)?.reason).toBe('below_minimum');
    expect(reasonOf.get(paused)?.message).toContain('2026-12-10');
    expect(plan.messages).toHaveLength(0);
    core.close();
  });

  it('excludes with template_blocked and missing_data, never planning such a message', async () => {
    const core = await openTestCore(tmp(), NOW);
    const id = await customer(core, 'A', '13800000001', [{ due: '2026-11-01', cents: 10000 }]);
    // No business name set: the default template needs it → missing_data.
    const plan = await must(core, 'plan.run', {});
    expect(plan.excluded.find((e) => e.customerId === id)).toMatchObject({ reason: 'missing_data' });
    expect(plan.excluded.find((e) => e.customerId === id)?.message).toContain('business.name');
    await shop(core);
    const threatening: TemplateSource = {
      active: () => ({ id: null, version: null, body: '{{customer.name}}，再不还钱就把你拉进黑名单，通知你家人。{{business.name}}' }),
    };
    const blocked = planDay(core.database, { asOf: '2026-11-30', settings: core.settings(), nowIso: new Date().toISOString(), lang: 'en', templates: threatening });
    expect(blocked.excluded.find((e) => e.customerId === id)).toMatchObject({ reason: 'template_blocked' });
    expect(blocked.messages).toHaveLength(0);
    const fine = planDay(core.database, { asOf: '2026-11-30', settings: core.settings(), nowIso: new Date().toISOString(), lang: 'en', templates: defaultTemplateSource });
    expect(fine.messages).toHaveLength(1);
    core.close();
  });

  it('plans the demo shop in a customer’s own language and with parts counted as the network does', async () => {
    const core = await openTestCore(tmp(), NOW);
    await shop(core);
    const en = (await must(core, 'customers.add', { name: 'Ann', mobile: '13800000001', locale: 'en' })).customer.id;
    await must(core, 'invoices.add', { customerId: en, reference: 'R1', dueDate: '2026-11-01', amountCents: 123450 });
    const plan = await must(core, 'plan.run', {});
    const m = plan.messages[0]!;
    expect(m.text).toContain('Hello Ann');
    expect(m.text).toContain('CN¥1,234.50');
    expect(m.encoding).toBe('UCS-2'); // the 【李记】 signature is Chinese
    expect(m.parts).toBe(Math.ceil(m.text.length / 67));
    core.close();
  });
});
