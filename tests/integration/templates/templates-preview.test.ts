import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { failure, must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';
import { mustIn } from './helpers';

const tmp = tempDirsPerTest();

// The test clock starts at 2026-11-30 10:00 Shanghai time.
async function shop(core: Core) {
  for (const [key, value] of [
    ['business.name', '好运五金店'],
    ['business.phone', '0571-88886666'],
    ['business.signature', '好运五金'],
    ['sms.pricePerPartCents', 4],
  ] as const) {
    await must(core, 'settings.set', { key, value });
  }
  const { customer } = await must(core, 'customers.add', { name: '张三', mobile: '13800138000' });
  await must(core, 'invoices.add', { customerId: customer.id, reference: 'INV-1', dueDate: '2026-11-05', amountCents: 100_000 });
  await must(core, 'invoices.add', { customerId: customer.id, reference: 'INV-2', dueDate: '2026-11-20', amountCents: 23_450 });
  // Not due yet: part of the balance, not of what the reminder asks for.
  await must(core, 'invoices.add', { customerId: customer.id, reference: 'INV-3', dueDate: '2026-12-20', amountCents: 50_000 });
  return customer.id;
}

describe('templates.preview against real customers', () => {
  it("renders the overdue amount, days, oldest due date and invoice refs, with the signature, hints and cost", async () => {
    const core = await openTestCore(tmp());
    const id = await shop(core);
    const body = '{{customer.name}}：{{business.name}}提醒，{{invoice_refs}}共{{amount_due}}自{{due_date}}起逾期{{days_overdue}}天，电话{{business.phone}}。谢谢';
    const out = await must(core, 'templates.preview', { stage: 'reminder1', language: 'zh-CN', body, customerId: id });
    expect(out.customer).toEqual({ id, name: '张三' });
    expect(out.missing).toEqual([]);
    expect(out.text).toMatch(/^【好运五金】张三：好运五金店提醒，INV-1、INV-2共/);
    expect(out.text).toContain('1,234.50');
    expect(out.text).toContain('逾期25天');
    expect(out.text).toContain('11月5日');
    expect(out.text).not.toContain('INV-3');
    expect(out.sms).toMatchObject({ encoding: 'UCS-2' });
    expect(out.sms?.costCents).toBe((out.sms?.parts ?? 0) * 4);
    expect(out.sms?.characters).toBe([...(out.text ?? '')].length);
    expect(out.hints.map((h) => h.rule)).toContain('SMS-00');
    core.close();
  });

  it('uses the saved template when no body is given, and the most overdue customer when none is picked', async () => {
    const core = await openTestCore(tmp());
    const id = await shop(core);
    await must(core, 'templates.save', { stage: 'final', language: 'en', body: 'Hi {{customer.name}}, {{amount_due}} from {{business.name}}.' });
    const out = await must(core, 'templates.preview', { stage: 'final', language: 'en' });
    expect(out.customer?.id).toBe(id);
    expect(out.text).toMatch(/^【好运五金】Hi 张三, .*1,234\.50.* from 好运五金店\.$/);
    core.close();
  });

  it('reports missing placeholders instead of sending blanks (no phone set; a customer with nothing overdue)', async () => {
    const core = await openTestCore(tmp());
    const { customer } = await must(core, 'customers.add', { name: '李四', mobile: '13900139000' });
    await must(core, 'invoices.add', { customerId: customer.id, reference: 'A', dueDate: '2026-12-31', amountCents: 500 });
    const out = await must(core, 'templates.preview', { stage: 'reminder1', language: 'zh-CN', customerId: customer.id });
    expect(out.text).toBeNull();
    expect(out.sms).toBeNull();
    expect(out.missing).toEqual(expect.arrayContaining(['business.name', 'due_date', 'business.phone']));
    core.close();
  });

  it("flags message-level problems in the caller's language (SMS-01: too many parts)", async () => {
    const core = await openTestCore(tmp());
    const id = await shop(core);
    const body = `{{customer.name}}${'请尽快付款。'.repeat(60)}`;
    const res = await mustIn(core, 'zh-CN', 'templates.preview', { stage: 'reminder1', language: 'zh-CN', body, customerId: id });
    const many = res.hints.find((h) => h.rule === 'SMS-01');
    expect(many?.message).toContain('条发送');
    expect(res.worst).toBe('warn');
    expect(res.sms?.parts).toBeGreaterThan(3);
    core.close();
  });

  it('falls back to the sample customer on an empty ledger, and refuses an unknown customer', async () => {
    const core = await openTestCore(tmp());
    const out = await must(core, 'templates.preview', { stage: 'confirmation', language: 'en' });
    expect(out.customer).toBeNull();
    expect(out.text).toContain('Alex Smith');
    expect((await failure(core, 'templates.preview', { stage: 'final', language: 'en', customerId: 999 })).code).toBe('customer_not_found');
    core.close();
  });
});
