import { migration001 } from './001-initial';
import { migration002 } from './002-import-undo';

/** Every migration in order; the schema version in PRAGMA user_version is its position (1-based). */
export const MIGRATIONS: readonly string[] = [migration001, migration002];
export const SCHEMA_VERSION = MIGRATIONS.length;
