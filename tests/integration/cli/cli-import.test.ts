import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDuebell } from '../../support/cli';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const sample = (name: string) => new URL(`../../../resources/samples/${name}`, import.meta.url).pathname;

interface ImportJson {
  importId: number | null;
  file: string;
  sheet: string;
  rows: Record<'read' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'rejected', number>;
  rejected: { row: number; reason: string; message: string; cells: string[] }[];
  skipped: { row: number; reason: string }[];
}
interface Customers {
  customers: unknown[];
}

describe('duebell import (spawned)', () => {
  it('imports the accounting sample with cli.md’s shape; the second run is all unchanged', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const r = runDuebell(['--db', db, '--json', 'import', sample('ledger-accounting.xlsx')], dir);
    expect(r.code).toBe(0);
    const out = r.json as ImportJson;
    expect(out).toMatchObject({
      importId: 1,
      file: 'ledger-accounting.xlsx',
      sheet: '应收账款',
      rows: { read: 16, created: 15, updated: 0, unchanged: 0, skipped: 1, rejected: 0 },
      rejected: [],
      skipped: [{ row: 19, reason: 'totals_row' }],
    });
    const again = runDuebell(['--db', db, '--json', 'import', sample('ledger-accounting.xlsx')], dir).json as ImportJson;
    expect(again.rows).toEqual({ read: 16, created: 0, updated: 0, unchanged: 15, skipped: 1, rejected: 0 });
  });

  it('--dry-run reports the GBK CSV and writes nothing (importId null); messages follow --lang', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const r = runDuebell(['--db', db, '--json', '--lang', 'en', 'import', sample('ledger-gbk.csv'), '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ importId: null, file: 'ledger-gbk.csv', rows: { created: 8 } });
    const list = runDuebell(['--db', db, '--json', 'customers', 'list'], dir).json as Customers;
    expect(list.customers).toEqual([]);
    const human = runDuebell(['--db', db, '--lang', 'en', 'import', sample('ledger-gbk.csv'), '--dry-run'], dir);
    expect(human.stdout).toContain('Preview (nothing written)');
  });

  it('reports rejected rows with the original cells and still exits 0', () => {
    const dir = tmp();
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, '客户名称,手机,单据编号,到期日,金额\n甲公司,13800138000,A1,2026-11-01,100\n乙公司,13900139000,B1,明天,200\n');
    const r = runDuebell(['--db', join(dir, 'x.db'), '--json', '--lang', 'zh-CN', 'import', csv], dir);
    expect(r.code).toBe(0);
    const out = r.json as ImportJson;
    expect(out.rows).toMatchObject({ created: 1, rejected: 1 });
    expect(out.rejected).toEqual([{ row: 3, reason: 'invalid_date', message: expect.stringContaining('明天'), cells: ['乙公司', '13900139000', 'B1', '明天', '200'] }]);
  });

  it('exits 1 with {error} on a corrupt file and 2 on a missing argument', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    const corrupt = join(dir, 'broken.xlsx');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    const r = runDuebell(['--db', db, '--json', 'import', corrupt], dir);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ error: { code: expect.stringMatching(/^import_/) } });
    const missing = runDuebell(['--db', db, '--json', 'import'], dir);
    expect(missing.code).toBe(2);
    expect(missing.json).toMatchObject({ error: { code: 'usage' } });
  });
});
