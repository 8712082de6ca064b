import { describe, expect, it } from 'vitest';
import { must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();

describe('the planner uses the saved templates', () => {
  it('records the template row and version on each planned message, and excludes a blocking draft', async () => {
    const core = await openTestCore(tmp());
    for (const [key, value] of [
      ['business.name', '李记商行'],
      ['business.phone', '0571-1234567'],
      ['business.signature', '李记'],
    ] as const) {
      await must(core, 'settings.set', { key, value });
    }
    const a = (await must(core, 'customers.add', { name: '甲', mobile: '13800000001' })).customer.id;
    await must(core, 'invoices.add', { customerId: a, reference: 'A-1', dueDate: '2026-11-25', amountCents: 10_000 });
    const body = '尊敬的{{customer.name}}，{{business.name}}提醒：{{amount_due}}已逾期{{days_overdue}}天，逾期可能产生滞纳金，请致电{{business.phone}}。谢谢！';
    const saved = await must(core, 'templates.save', { stage: 'reminder1', language: 'zh-CN', body });

    const plan = await must(core, 'plan.run', {});
    expect(plan.messages).toHaveLength(1);
    expect(plan.messages[0]?.text).toMatch(/^【李记】尊敬的甲，李记商行提醒/);
    const row = core.database.prepare('SELECT template_id, template_version FROM messages').get() as { template_id: number; template_version: number };
    expect(row).toEqual({ template_id: saved.template.id, template_version: 2 });

    const b = (await must(core, 'customers.add', { name: '乙', mobile: '13800000002' })).customer.id;
    await must(core, 'invoices.add', { customerId: b, reference: 'B-1', dueDate: '2026-11-25', amountCents: 10_000 });
    await must(core, 'templates.save', { stage: 'reminder1', language: 'zh-CN', body: `${body}再不还钱就把你拉进黑名单` });
    const again = await must(core, 'plan.run', {});
    expect(again.excluded.find((e) => e.customerId === b)?.reason).toBe('template_blocked');
    core.close();
  });
});
