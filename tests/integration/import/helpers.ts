// Shared set-up for import integration tests: a real worker bundle (a worker thread cannot run
// .ts) built once per test file with esbuild into the worktree's ignored tmp/ folder, so its bare
// imports (xlsx, iconv-lite) resolve from the project's node_modules; and fixture writers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import * as XLSX from 'xlsx';
import { setParseWorkerUrl } from '../../../electron/import/index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Builds the worker, points the reader at it and gives a fresh fixture folder per test file. */
export function setupImportFixtures(): { dir: () => string; workerPath: () => string } {
  let workerDir = '';
  let fixtures = '';
  let outfile = '';
  beforeAll(async () => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    workerDir = mkdtempSync(join(ROOT, 'tmp', 'import-worker-'));
    outfile = join(workerDir, 'import-worker.mjs');
    await build({
      entryPoints: [join(ROOT, 'electron/import/parse-worker.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    setParseWorkerUrl(pathToFileURL(outfile));
    fixtures = mkdtempSync(join(tmpdir(), 'duebell-import-'));
  });
  afterAll(() => {
    setParseWorkerUrl(null);
    rmSync(workerDir, { recursive: true, force: true });
    rmSync(fixtures, { recursive: true, force: true });
  });
  return { dir: () => fixtures, workerPath: () => outfile };
}

export function writeFixture(dir: string, name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export type CellInput = string | number | XLSX.CellObject | null;

export function workbookBytes(
  sheets: Record<string, CellInput[][]> | [string, CellInput[][]][],
  bookType: XLSX.BookType = 'xlsx',
): Uint8Array {
  const wb = XLSX.utils.book_new();
  const entries = Array.isArray(sheets) ? sheets : Object.entries(sheets);
  for (const [name, rows] of entries) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Uint8Array;
}

export const LEDGER_HEADER = ['客户名称', '手机', '单据编号', '到期日', '金额', '已收金额'];
export const LEDGER_ROW = ['甲公司', '13800138000', 'A1', '2026-11-01', '100', '0'];
