import { defaultTemplate, STAGES, type Stage } from '../../shared/template';
import type { Lang } from '../../shared/i18n/errors';
import type { Db } from '../ledger/db';

export const TEMPLATE_LANGUAGES: readonly Lang[] = ['zh-CN', 'en'];

export interface TemplateVersion {
  id: number;
  stage: Stage;
  language: Lang;
  version: number;
  body: string;
  createdAt: string;
}

interface Raw {
  id: number;
  stage: Stage;
  language: Lang;
  version: number;
  body: string;
  created_at: string;
}

const toVersion = (r: Raw): TemplateVersion => ({
  id: r.id,
  stage: r.stage,
  language: r.language,
  version: r.version,
  body: r.body,
  createdAt: r.created_at,
});

const COLUMNS = 'id, stage, language, version, body, created_at';

function newest(db: Db, stage: Stage, language: Lang): TemplateVersion | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM templates WHERE stage = ? AND language = ? ORDER BY version DESC LIMIT 1`)
    .get(stage, language) as Raw | undefined;
  return row && toVersion(row);
}

function insertVersion(db: Db, stage: Stage, language: Lang, body: string, nowIso: string): TemplateVersion {
  const prev = newest(db, stage, language)?.version ?? 0;
  const info = db
    .prepare('INSERT INTO templates (stage, language, body, version, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(stage, language, body, prev + 1, nowIso);
  return { id: Number(info.lastInsertRowid), stage, language, version: prev + 1, body, createdAt: nowIso };
}

/**
 * The version in force. The built-in default is stored as version 1 on first use, so every sent
 * message can point at a real template row (template_id + version) and history starts from it.
 */
export function activeTemplate(db: Db, stage: Stage, language: Lang, nowIso: string): TemplateVersion {
  return db.transaction(() => newest(db, stage, language) ?? insertVersion(db, stage, language, defaultTemplate(stage, language), nowIso))();
}

/** Saving never overwrites: it adds the next version (the default is seeded first, as version 1). */
export function saveTemplate(db: Db, stage: Stage, language: Lang, body: string, nowIso: string): TemplateVersion {
  return db.transaction(() => {
    const current = activeTemplate(db, stage, language, nowIso);
    // Saving the text already in force adds nothing to the history.
    if (current.body === body) return current;
    return insertVersion(db, stage, language, body, nowIso);
  })();
}

/** Every stage × language, each with its version in force. */
export function listTemplates(db: Db, nowIso: string): TemplateVersion[] {
  return db.transaction(() => STAGES.flatMap((stage) => TEMPLATE_LANGUAGES.map((lang) => activeTemplate(db, stage, lang, nowIso))))();
}

/** All versions of one template, newest first. */
export function templateHistory(db: Db, stage: Stage, language: Lang): TemplateVersion[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM templates WHERE stage = ? AND language = ? ORDER BY version DESC`)
    .all(stage, language) as Raw[];
  return rows.map(toVersion);
}

/** One stored version by id (a sent message's template_id). */
export function templateById(db: Db, id: number): TemplateVersion | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM templates WHERE id = ?`).get(id) as Raw | undefined;
  return row && toVersion(row);
}
