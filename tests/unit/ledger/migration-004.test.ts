import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/db';
import { MIGRATIONS } from '../../../electron/ledger/migrations';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const cols = (db: Awaited<ReturnType<typeof openLedger>>, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 4 (import layouts and undo)', () => {
  it('upgrades a version-3 ledger with data: keeps rows, adds the tables and columns', async () => {
    const path = join(tmp(), 'a.db');
    const v3 = await openLedger(path, { migrations: MIGRATIONS.slice(0, 3) });
    v3.prepare(
      `INSERT INTO customers (name, mobile, unreachable_reason, name_key, created_at, updated_at) VALUES ('甲', '+8613800138000', NULL, '甲', 't', 't')`,
    ).run();
    v3.close();
    const db = await openLedger(path, { migrations: MIGRATIONS.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(cols(db, 'customers')).toContain('source_import_id');
    expect(cols(db, 'imports')).toContain('layout_key');
    expect(cols(db, 'import_layouts')).toEqual(['layout_key', 'mapping_json', 'updated_at']);
    expect(cols(db, 'import_changes')).toEqual(['id', 'import_id', 'entity', 'entity_id', 'before_json']);
    expect(db.prepare('SELECT name, source_import_id FROM customers').get()).toEqual({ name: '甲', source_import_id: null });
    db.prepare(`INSERT INTO imports (id, file_name, file_hash, created_at) VALUES (1, 'a.xlsx', 'h', 't')`).run();
    db.prepare(`INSERT INTO import_changes (import_id, entity, entity_id, before_json) VALUES (1, 'invoice', 1, '{}')`).run();
    // Only the entities undo knows how to restore are accepted.
    expect(() =>
      db.prepare(`INSERT INTO import_changes (import_id, entity, entity_id, before_json) VALUES (1, 'payment', 1, '{}')`).run(),
    ).toThrow();
    db.close();
  });
});
