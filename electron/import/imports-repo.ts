// The imports table (one row per commit) and the mapping remembered per file layout.
import type { ImportCounts } from '../../shared/contract/import';
import type { Db } from '../ledger/db';
import type { Mapping, ParsedLedger } from './types';

export function insertImportRecord(db: Db, parsed: ParsedLedger, fileName: string, nowIso: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO imports (file_name, file_hash, sheet, mapping_json, counts_json, created_at, layout_key) VALUES (?, ?, ?, ?, '{}', ?, ?)`,
      )
      .run(fileName, parsed.fileHash, parsed.sheet, JSON.stringify(parsed.mapping), nowIso, parsed.layoutKey).lastInsertRowid,
  );
}

export interface StoredCounts extends ImportCounts {
  payments: number;
  remindersCancelled: number;
}

export function setImportCounts(db: Db, id: number, counts: StoredCounts): void {
  db.prepare('UPDATE imports SET counts_json = ? WHERE id = ?').run(JSON.stringify(counts), id);
}

export interface ImportRow {
  id: number;
  file_name: string;
  sheet: string | null;
  created_at: string;
  undone_at: string | null;
  counts_json: string;
}

export function listImportRows(db: Db, limit = 50): ImportRow[] {
  return db.prepare('SELECT id, file_name, sheet, created_at, undone_at, counts_json FROM imports ORDER BY id DESC LIMIT ?').all(limit) as ImportRow[];
}

export function readCounts(json: string): ImportCounts {
  const c = JSON.parse(json) as Partial<ImportCounts>;
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { read: n(c.read), created: n(c.created), updated: n(c.updated), unchanged: n(c.unchanged), skipped: n(c.skipped), rejected: n(c.rejected) };
}

export function rememberLayout(db: Db, layoutKey: string, mapping: Mapping, nowIso: string): void {
  db.prepare(
    `INSERT INTO import_layouts (layout_key, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (layout_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(layoutKey, JSON.stringify(mapping), nowIso);
}

/** Every remembered layout (a handful): sent to the reader so it applies the right one itself. */
export function rememberedLayouts(db: Db): Record<string, Mapping> {
  const out: Record<string, Mapping> = {};
  for (const r of db.prepare('SELECT layout_key, mapping_json FROM import_layouts').all() as { layout_key: string; mapping_json: string }[]) {
    try {
      out[r.layout_key] = JSON.parse(r.mapping_json) as Mapping;
    } catch {
      // A damaged entry is simply not applied; the header is auto-mapped instead.
    }
  }
  return out;
}
