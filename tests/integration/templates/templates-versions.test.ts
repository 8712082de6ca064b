import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/template';
import { failure, must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';
import { mustIn } from './helpers';

const tmp = tempDirsPerTest();
const THREAT = '尊敬的{{customer.name}}，{{business.name}}提醒您：再不还钱就把你拉进黑名单，通知你家人';

describe('templates: versions, seeding, reset', () => {
  it('seeds every stage × language with its default as version 1, once', async () => {
    const core = await openTestCore(tmp());
    const first = await must(core, 'templates.list', {});
    expect(first.templates).toHaveLength(8);
    expect(first.pack).toBe('cn');
    for (const t of first.templates) {
      expect(t.version).toBe(1);
      expect(t.isDefault).toBe(true);
      expect(t.body).toBe(DEFAULT_TEMPLATES[t.stage][t.language]);
    }
    const again = await must(core, 'templates.list', {});
    expect(again.templates.map((t) => t.id)).toEqual(first.templates.map((t) => t.id));
    const rows = core.database.prepare('SELECT COUNT(*) AS n FROM templates').get() as { n: number };
    expect(rows.n).toBe(8);
    core.close();
  });

  it('saving adds a version and never overwrites; the history keeps every body, newest first', async () => {
    const core = await openTestCore(tmp());
    const a = await must(core, 'templates.save', { stage: 'reminder1', language: 'zh-CN', body: '版本A {{customer.name}}' });
    expect(a).toMatchObject({ created: true, template: { version: 2, isDefault: false } });
    const b = await must(core, 'templates.save', { stage: 'reminder1', language: 'zh-CN', body: '版本B {{customer.name}}' });
    expect(b.template.version).toBe(3);
    const got = await must(core, 'templates.get', { stage: 'reminder1', language: 'zh-CN' });
    expect(got.template).toMatchObject({ version: 3, body: '版本B {{customer.name}}' });
    expect(got.versions.map((v) => [v.version, v.body])).toEqual([
      [3, '版本B {{customer.name}}'],
      [2, '版本A {{customer.name}}'],
      [1, DEFAULT_TEMPLATES.reminder1['zh-CN']],
    ]);
    expect(got.defaultBody).toBe(DEFAULT_TEMPLATES.reminder1['zh-CN']);
    // The other language and stages are untouched.
    expect((await must(core, 'templates.get', { stage: 'reminder1', language: 'en' })).template.version).toBe(1);
    core.close();
  });

  it('saving the body already in force adds no version', async () => {
    const core = await openTestCore(tmp());
    const same = await must(core, 'templates.save', { stage: 'final', language: 'en', body: DEFAULT_TEMPLATES.final.en });
    expect(same).toMatchObject({ created: false, template: { version: 1 } });
    core.close();
  });

  it('reset saves the default as a new version, keeping the edited one in the history', async () => {
    const core = await openTestCore(tmp());
    await must(core, 'templates.save', { stage: 'final', language: 'zh-CN', body: '改过的 {{business.name}}' });
    const reset = await must(core, 'templates.reset', { stage: 'final', language: 'zh-CN' });
    expect(reset).toMatchObject({ created: true, template: { version: 3, isDefault: true, body: DEFAULT_TEMPLATES.final['zh-CN'] } });
    const versions = (await must(core, 'templates.get', { stage: 'final', language: 'zh-CN' })).versions;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    core.close();
  });

  it('saves a draft that blocks, and returns its hints (the planner excludes it, not the editor)', async () => {
    const core = await openTestCore(tmp());
    const out = await must(core, 'templates.save', { stage: 'reminder2', language: 'zh-CN', body: THREAT });
    expect(out.template.worst).toBe('block');
    const rules = out.template.hints.filter((h) => h.severity === 'block').map((h) => h.rule);
    expect(rules).toEqual(expect.arrayContaining(['CN-07', 'CN-08']));
    const cn07 = out.template.hints.find((h) => h.rule === 'CN-07');
    expect(THREAT.slice(cn07?.start, cn07?.end)).toBe('黑名单');
    core.close();
  });

  it("translates hint messages to the caller's language and keeps rule ids stable", async () => {
    const core = await openTestCore(tmp());
    const zh = await mustIn(core, 'zh-CN', 'templates.check', { text: THREAT });
    const en = await mustIn(core, 'en', 'templates.check', { text: THREAT });
    const zhHint = zh.hints.find((h) => h.rule === 'CN-08');
    const enHint = en.hints.find((h) => h.rule === 'CN-08');
    expect(zhHint?.message).toContain('不得威胁曝光');
    expect(enHint?.message).toContain('no threat to publish');
    expect(typeof enHint?.source).toBe('string');
    expect(zh.hints.map((h) => h.rule)).toEqual(en.hints.map((h) => h.rule));
    core.close();
  });

  it('checks under the ledger pack by default, or the one asked for', async () => {
    const core = await openTestCore(tmp());
    const text = 'Hello {{customer.name}}, {{business.name}} here: {{amount_due}} is overdue. Thank you.';
    expect((await must(core, 'templates.check', { text })).pack).toBe('cn');
    const us = await must(core, 'templates.check', { text, pack: 'us' });
    expect(us.hints.map((h) => h.rule)).toContain('US-03');
    await must(core, 'settings.set', { key: 'pack', value: 'us' });
    expect((await must(core, 'templates.check', { text })).pack).toBe('us');
    expect((await must(core, 'templates.list', {})).pack).toBe('us');
    core.close();
  });

  it('uses the settings in the checks: a signature names the creditor; an empty late-fee setting is flagged', async () => {
    const core = await openTestCore(tmp());
    const body = '尊敬的{{customer.name}}，您欠款{{amount_due}}已逾期{{days_overdue}}天，{{late_fee}}，请致电{{business.phone}}，谢谢。';
    const before = await must(core, 'templates.check', { text: body });
    expect(before.hints.map((h) => h.rule)).toEqual(expect.arrayContaining(['CN-04', 'TPL-01']));
    await must(core, 'settings.set', { key: 'business.signature', value: '好运五金' });
    await must(core, 'settings.set', { key: 'lateFee.text', value: '每日万分之五' });
    const after = await must(core, 'templates.check', { text: body });
    expect(after.hints.map((h) => h.rule)).not.toContain('CN-04');
    expect(after.hints.map((h) => h.rule)).not.toContain('TPL-01');
    core.close();
  });

  it('refuses an unknown stage or language as invalid input, writing nothing', async () => {
    const core = await openTestCore(tmp());
    expect((await failure(core, 'templates.save', { stage: 'reminder9', language: 'zh-CN', body: 'x' })).code).toBe('invalid_input');
    expect((await failure(core, 'templates.get', { stage: 'final', language: 'fr' })).code).toBe('invalid_input');
    const rows = core.database.prepare('SELECT COUNT(*) AS n FROM templates').get() as { n: number };
    expect(rows.n).toBe(0);
    core.close();
  });

  it('lists the placeholders with labels in the caller language', async () => {
    const core = await openTestCore(tmp());
    const zh = await mustIn(core, 'zh-CN', 'templates.placeholders', {});
    const en = await must(core, 'templates.placeholders', {});
    expect(zh.placeholders[0]).toMatchObject({ name: 'customer.name', token: '{{customer.name}}', label: '客户称呼' });
    expect(en.placeholders[0]?.label).toBe('Customer name');
    expect(en.placeholders).toHaveLength(10);
    core.close();
  });
});
