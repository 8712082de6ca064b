import { describe, expect, it } from 'vitest';
import { activeTemplate, saveTemplate, templateById, templateHistory } from '../../../electron/templates/templates-repo';
import { DEFAULT_TEMPLATES } from '../../../shared/template';
import { openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T02:00:00.000Z';

describe('templates repository (what the planner records per message)', () => {
  it('activeTemplate seeds the default once and then returns the newest version with its row id', async () => {
    const core = await openTestCore(tmp());
    const db = core.database;
    const seeded = activeTemplate(db, 'reminder1', 'en', NOW);
    expect(seeded).toMatchObject({ version: 1, body: DEFAULT_TEMPLATES.reminder1.en, createdAt: NOW });
    expect(activeTemplate(db, 'reminder1', 'en', NOW).id).toBe(seeded.id);
    const next = saveTemplate(db, 'reminder1', 'en', 'Hi {{customer.name}}', NOW);
    expect(activeTemplate(db, 'reminder1', 'en', NOW)).toEqual(next);
    expect(templateById(db, seeded.id)?.body).toBe(DEFAULT_TEMPLATES.reminder1.en);
    expect(templateHistory(db, 'reminder1', 'en').map((v) => v.version)).toEqual([2, 1]);
    core.close();
  });

  it('a save that fails leaves no seeded row behind (one transaction)', async () => {
    const core = await openTestCore(tmp());
    const db = core.database;
    db.exec("CREATE TRIGGER no_v2 BEFORE INSERT ON templates WHEN NEW.version = 2 BEGIN SELECT RAISE(ABORT, 'no'); END");
    expect(() => saveTemplate(db, 'final', 'zh-CN', '新内容', NOW)).toThrow();
    expect(templateHistory(db, 'final', 'zh-CN')).toEqual([]);
    core.close();
  });
});
