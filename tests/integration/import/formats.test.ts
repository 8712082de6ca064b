import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLedgerFile, readSpreadsheet, setParseWorkerUrl } from '../../../electron/import/index';
import { LEDGER_HEADER, LEDGER_ROW, setupImportFixtures, workbookBytes, writeFixture } from './helpers';

const fx = setupImportFixtures();
const SAMPLES = new URL('../../../resources/samples/', import.meta.url);

describe('reading the sample ledgers', () => {
  it('reads the accounting export below its title, drops the totals row and keeps landlines as warnings', async () => {
    const path = new URL('ledger-accounting.xlsx', SAMPLES).pathname;
    const p = await parseLedgerFile(path);
    expect(p).toMatchObject({ format: 'xlsx', encoding: null, sheet: '应收账款', sheets: ['应收账款', '说明'], headerRow: 3 });
    expect(p.fileHash).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(p.rows).toHaveLength(15);
    expect(p.rejected).toEqual([]);
    expect(p.skipped.map((s) => s.reason)).toEqual(['totals_row']);
    expect(p.rows[0]).toMatchObject({
      row: 4,
      customer: { code: 'C001', name: '杭州明远贸易有限公司', mobile: '+8613800138000', contact: '王经理' },
      invoice: { reference: 'XS-2026-0101', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 1280000, paidCents: 0 },
    });
    const mobiles = p.rows.map((r) => r.customer.mobile ?? r.customer.unreachableReason);
    expect(mobiles).toContain('+8613712345678');
    expect(mobiles).toContain('+8615800001111');
    expect(mobiles.filter((m) => m === 'landline')).toHaveLength(2);
    expect(mobiles.filter((m) => m === 'missing')).toHaveLength(1);
  });

  it('reads the GBK CSV', async () => {
    const p = await parseLedgerFile(new URL('ledger-gbk.csv', SAMPLES).pathname);
    expect(p).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(p.rows).toHaveLength(8);
    expect(p.rows[0]?.customer.name).toBe('杭州明远贸易有限公司');
    expect(p.rows[0]?.invoice).toMatchObject({ issueDate: '2026-09-01', amountCents: 1280000, balanceCents: 1280000 });
  });

  it('reads the English workbook', async () => {
    const p = await parseLedgerFile(new URL('ledger-english.xlsx', SAMPLES).pathname);
    expect(p.rows.map((r) => r.invoice.balanceCents)).toEqual([125000, 40000, 0, 91520]);
    expect(p.skipped.map((s) => s.reason)).toEqual(['totals_row']);
  });

  it.each([['ledger.ods', 'ods'], ['ledger.xls', 'xls']])('reads %s', async (file, format) => {
    const p = await parseLedgerFile(new URL(file, SAMPLES).pathname);
    expect(p.format).toBe(format);
    expect(p.rows).toHaveLength(6);
    expect(p.rows[0]?.invoice).toMatchObject({ issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 1280000 });
  });
});

describe('CSV encodings', () => {
  const csv = `${LEDGER_HEADER.join(',')}\n${LEDGER_ROW.join(',')}\n乙公司,13900001111,A2,2026/11/5,"￥1,234.50",0\n`;

  it('decodes GBK', async () => {
    const path = writeFixture(fx.dir(), 'gbk.csv', iconv.encode(csv, 'gbk'));
    const wb = await readSpreadsheet(path);
    expect(wb.encoding).toBe('gb18030');
    expect(wb.sheets[0]?.rows[2]).toEqual(['乙公司', '13900001111', 'A2', '2026/11/5', '￥1,234.50', '0']);
  });

  it('decodes UTF-8 with and without a BOM', async () => {
    const bom = writeFixture(fx.dir(), 'bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));
    const plain = writeFixture(fx.dir(), 'plain.csv', csv);
    const a = await parseLedgerFile(bom);
    const b = await parseLedgerFile(plain);
    expect(a.encoding).toBe('utf-8-bom');
    expect(b.encoding).toBe('utf-8');
    expect(a.headers[0]).toBe('客户名称');
    expect(a.rows.map((r) => r.invoice.amountCents)).toEqual([10000, 123450]);
    expect(b.rows).toEqual(a.rows);
  });

  it('keeps CSV text as written (codes with leading zeros, long numbers)', async () => {
    const path = writeFixture(fx.dir(), 'text.csv', '客户编码,客户名称,手机,到期日,金额\n00123,甲,13800138000,2026-11-01,100\n');
    const p = await parseLedgerFile(path);
    expect(p.rows[0]?.customer).toMatchObject({ code: '00123', mobile: '+8613800138000' });
  });
});

describe('workbook details', () => {
  it('reads only the requested sheet and lists them all', async () => {
    const path = writeFixture(fx.dir(), 'two.xlsx', workbookBytes({ A: [LEDGER_HEADER, LEDGER_ROW], B: [LEDGER_HEADER] }));
    const wb = await readSpreadsheet(path, { sheet: 'B' });
    expect(wb.sheetNames).toEqual(['A', 'B']);
    expect(wb.sheets.map((s) => s.name)).toEqual(['B']);
    await expect(readSpreadsheet(path, { sheet: 'C' })).rejects.toMatchObject({ code: 'import_sheet_not_found' });
  });

  it('fills vertically merged customer names down to their invoices', async () => {
    const XLSX = await import('xlsx');
    const ws = XLSX.utils.aoa_to_sheet([LEDGER_HEADER, LEDGER_ROW, ['', '', 'A2', '2026-11-02', '50', '0']]);
    ws['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const path = writeFixture(fx.dir(), 'merged.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const p = await parseLedgerFile(path);
    expect(p.rows.map((r) => r.customer.name)).toEqual(['甲公司', '甲公司']);
  });

  it('turns real date cells and Excel serials into ISO dates', async () => {
    const path = writeFixture(fx.dir(), 'dates.xlsx', workbookBytes({
      S: [
        ['客户名称', '开票日期', '到期日', '金额'],
        ['甲', { t: 'n', v: 46300, z: 'yyyy/m/d' }, { t: 'n', v: 46331, z: 'm/d/yy' }, 1],
        ['乙', '2026年10月1日', 46331, { t: 'n', v: 1234.4999999999998 }],
      ],
    }));
    const wb = await readSpreadsheet(path);
    expect(wb.sheets[0]?.rows[1]).toEqual(['甲', '2026-10-05', '2026-11-05', '1']);
    const p = await parseLedgerFile(path);
    expect(p.rows.map((r) => [r.invoice.issueDate, r.invoice.dueDate, r.invoice.amountCents])).toEqual([
      ['2026-10-05', '2026-11-05', 100],
      ['2026-10-01', '2026-11-05', 123450],
    ]);
  });
});

describe('ledger rules through the worker', () => {
  const csv = [
    '应收账款明细表,,,,,',
    ',,,,,',
    '制表：财务部,,,,,',
    LEDGER_HEADER.join(','),
    LEDGER_ROW.join(','),
    LEDGER_ROW.join(','),
    '乙公司,13900001111,B1,2026-11-05,200,0',
    '乙公司,13900001111,B1,2026-11-05,250,0',
    ',,,,,',
    '丙公司,(+86)137 1234 5678,C1,2026年11月8日,"1,000.00",1000',
    '合计,,,,"1,550.00",1000',
  ].join('\n');

  it('finds the header below title rows, drops blank and totals rows, counts duplicates once, rejects conflicts', async () => {
    const p = await parseLedgerFile(writeFixture(fx.dir(), 'rules.csv', csv));
    expect(p.headerRow).toBe(4);
    expect(p.rowsRead).toBe(7);
    expect(p.rows.map((r) => [r.row, r.customer.name, r.customer.mobile, r.invoice.balanceCents])).toEqual([
      [5, '甲公司', '+8613800138000', 10000],
      [10, '丙公司', '+8613712345678', 0],
    ]);
    expect(p.skipped.map((s) => [s.row, s.reason])).toEqual([[6, 'duplicate_row'], [9, 'blank'], [11, 'totals_row']]);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[7, 'conflicting_duplicate'], [8, 'conflicting_duplicate']]);
    expect(p.rejected[0]?.cells).toEqual(['乙公司', '13900001111', 'B1', '2026-11-05', '200', '0']);
  });

  it('takes a corrected mapping and header row, and reports what the mapping lacks', async () => {
    const path = writeFixture(fx.dir(), 'odd.csv', 'who,when,how much\n甲,2026-11-01,12\n');
    await expect(parseLedgerFile(path)).rejects.toMatchObject({ code: 'import_no_header' });
    const p = await parseLedgerFile(path, { headerRow: 1, mapping: { name: 0, dueDate: 1, amount: 2 } });
    expect(p.rows[0]?.invoice).toMatchObject({ dueDate: '2026-11-01', amountCents: 1200 });
    expect(p.layoutKey).toMatch(/^v1:/);
    const q = await parseLedgerFile(path, { mapping: { name: 0 } });
    expect(q.missingFields).toEqual(['dueDate', 'amount']);
    await expect(parseLedgerFile(path, { mapping: { name: 9 } })).rejects.toMatchObject({ code: 'import_bad_mapping' });
  });
});

describe('finding the worker', () => {
  it('uses DUEBELL_IMPORT_WORKER when no URL was set, else dist/import-worker.js beside the bundle', async () => {
    const path = writeFixture(fx.dir(), 'env.csv', `${LEDGER_HEADER.join(',')}\n${LEDGER_ROW.join(',')}\n`);
    setParseWorkerUrl(null);
    const saved = process.env.DUEBELL_IMPORT_WORKER;
    try {
      process.env.DUEBELL_IMPORT_WORKER = fx.workerPath();
      expect((await parseLedgerFile(path)).rows).toHaveLength(1);
      delete process.env.DUEBELL_IMPORT_WORKER;
      // Run from sources there is no import-worker.js next to read.ts: an internal error (not
      // "your file is damaged"), and no hang.
      await expect(parseLedgerFile(path)).rejects.toMatchObject({ code: 'internal' });
    } finally {
      if (saved === undefined) delete process.env.DUEBELL_IMPORT_WORKER;
      else process.env.DUEBELL_IMPORT_WORKER = saved;
      setParseWorkerUrl(pathToFileURL(fx.workerPath()));
    }
  });
});
