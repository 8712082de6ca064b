import { migration001 } from './001-initial';
import { migration002 } from './002-queue-indexes';
import { migration003 } from './003-autopilot';
import { migration004 } from './004-import-undo';
import { migration005 } from './005-due-index';

/** Every migration in order; the schema version in PRAGMA user_version is its position (1-based). */
export const MIGRATIONS: readonly string[] = [migration001, migration002, migration003, migration004, migration005];
export const SCHEMA_VERSION = MIGRATIONS.length;
