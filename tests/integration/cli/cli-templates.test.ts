import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDuebell } from '../../support/cli';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();

interface CheckOut {
  hints: { rule: string; severity: string; start: number; end: number; message: string; source: string }[];
}
interface TemplateOut {
  template: { stage: string; language: string; version: number; body: string };
  versions?: { version: number }[];
}

const CLEAN_ZH = '【好运五金】尊敬的{{customer.name}}，您有{{amount_due}}已逾期{{days_overdue}}天，逾期可能产生滞纳金，请致电{{business.phone}}。谢谢！';
const THREAT = '😀👍再不还钱就把你拉进黑名单，通知你家人';

describe('duebell check (spawned)', () => {
  it('exits 0 when nothing blocks, and 3 when something does', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const ok = runDuebell(['--db', db, '--json', 'check', '--text', CLEAN_ZH], dir);
    expect(ok.code).toBe(0);
    expect((ok.json as CheckOut).hints.filter((h) => h.severity === 'block')).toEqual([]);
    const bad = runDuebell(['--db', db, '--json', 'check', '--text', THREAT], dir);
    expect(bad.code).toBe(3);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('gives UTF-16 offsets into the original text, even after emoji (surrogate pairs)', () => {
    const dir = tmp();
    const r = runDuebell(['--db', join(dir, 'x.db'), '--json', 'check', '--text', THREAT], dir);
    const hints = (r.json as CheckOut).hints;
    const cn07 = hints.find((h) => h.rule === 'CN-07');
    const cn08 = hints.find((h) => h.rule === 'CN-08');
    // Two emoji = four UTF-16 code units before 再.
    expect(cn07).toMatchObject({ severity: 'block', start: 13, end: 16 });
    expect(THREAT.slice(cn07?.start, cn07?.end)).toBe('黑名单');
    expect(THREAT.slice(cn08?.start, cn08?.end)).toBe('通知你家人');
    for (const h of hints) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['rule', 'severity', 'start', 'end', 'message', 'source']));
    }
  });

  it('reads --file, translates messages with --lang, and prints one line per hint with the quoted span', () => {
    const dir = tmp();
    const file = join(dir, 'msg.txt');
    writeFileSync(file, `${THREAT}\n`);
    const json = runDuebell(['--db', join(dir, 'x.db'), '--json', '--lang', 'en', 'check', '--file', file], dir);
    expect(json.code).toBe(3);
    const cn08 = (json.json as CheckOut).hints.find((h) => h.rule === 'CN-08');
    expect(cn08?.message).toContain('no threat to publish');
    const human = runDuebell(['--db', join(dir, 'x.db'), 'check', '--file', file], dir);
    expect(human.code).toBe(3);
    const line = human.stdout.split('\n').find((l) => l.includes('CN-08'));
    expect(line).toContain('«通知你家人»');
    expect(line).toContain('block');
    expect(runDuebell(['--db', join(dir, 'x.db'), '--json', 'check', '--file', join(dir, 'nope.txt')], dir).code).toBe(1);
  });

  it('--pack us applies the US rules (opt-out required; arrest threats block)', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const polite = 'Hello {{customer.name}}, {{business.name}} here: {{amount_due}} is {{days_overdue}} days overdue. A late fee may apply. Call {{business.phone}}. Thank you.';
    const noStop = runDuebell(['--db', db, '--json', 'check', '--pack', 'us', '--text', polite], dir);
    expect(noStop.code).toBe(3);
    expect((noStop.json as CheckOut).hints.map((h) => h.rule)).toContain('US-03');
    const withStop = runDuebell(['--db', db, '--json', 'check', '--pack', 'us', '--text', `${polite} Reply STOP to opt out.`], dir);
    expect(withStop.code).toBe(0);
    const arrest = `${polite} Pay now or we will have you arrested. Reply STOP to opt out.`;
    const threat = runDuebell(['--db', db, '--json', 'check', '--pack', 'us', '--text', arrest], dir);
    expect(threat.code).toBe(3);
    const hint = (threat.json as CheckOut).hints.find((h) => h.severity === 'block');
    expect(arrest.slice(hint?.start, hint?.end).toLowerCase()).toContain('arrest');
  });

  it('is a usage error (exit 2) without text, with both --text and --file, or with an unknown pack', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    expect(runDuebell(['--db', db, '--json', 'check'], dir).code).toBe(2);
    expect(runDuebell(['--db', db, '--json', 'check', '--text', 'a', '--file', 'b'], dir).code).toBe(2);
    expect(runDuebell(['--db', db, '--json', 'check', '--pack', 'fr', '--text', 'a'], dir).code).toBe(2);
  });
});

describe('duebell templates (spawned)', () => {
  it('set then show round-trips a new version per language; list shows all eight', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const file = join(dir, 'body.txt');
    writeFileSync(file, `\uFEFF${CLEAN_ZH}\r\n`);
    const set = runDuebell(['--db', db, '--json', 'templates', 'set', 'reminder2', '--file', file], dir);
    expect(set.code).toBe(0);
    expect((set.json as TemplateOut).template).toMatchObject({ stage: 'reminder2', language: 'zh-CN', version: 2, body: CLEAN_ZH });
    const show = runDuebell(['--db', db, '--json', 'templates', 'show', 'reminder2'], dir);
    expect((show.json as TemplateOut).template).toMatchObject({ version: 2, body: CLEAN_ZH });
    expect((show.json as TemplateOut).versions?.map((v) => v.version)).toEqual([2, 1]);

    const en = 'Hello {{customer.name}}, {{business.name}} here. Thank you.';
    expect(runDuebell(['--db', db, '--json', 'templates', 'set', 'reminder2', '--lang', 'en', '--text', en], dir).code).toBe(0);
    const showEn = runDuebell(['--db', db, '--json', 'templates', 'show', 'reminder2', '--lang', 'en'], dir);
    expect((showEn.json as TemplateOut).template).toMatchObject({ language: 'en', version: 2, body: en });
    const human = runDuebell(['--db', db, 'templates', 'show', 'reminder2'], dir);
    expect(human.stdout).toContain(CLEAN_ZH);

    const list = runDuebell(['--db', db, '--json', 'templates', 'list'], dir);
    expect((list.json as { templates: unknown[] }).templates).toHaveLength(8);
  });

  it('saves a blocking draft (exit 0) and refuses an unknown stage (exit 2)', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const saved = runDuebell(['--db', db, '--json', 'templates', 'set', 'final', '--text', THREAT], dir);
    expect(saved.code).toBe(0);
    expect(runDuebell(['--db', db, '--json', 'templates', 'show', 'finale'], dir).code).toBe(2);
  });
});
