import type { Db } from '../ledger/db';
import type { TemplateSource } from '../planner/template-source';
import { activeTemplate } from './templates-repo';

/** The planner's templates from the ledger: the version in force (the default seeded as v1), with its row id. */
export const ledgerTemplateSource = (db: Db, nowIso: string): TemplateSource => ({
  active: (stage, language) => activeTemplate(db, stage, language, nowIso),
});
