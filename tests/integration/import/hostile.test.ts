// Files built to hurt: prototype keys, huge cells, thousands of columns, formulas, zip bombs,
// empty, corrupt, encrypted. Each must end in data or a clear AppError — never a crash or a hang.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { CFB } from '../../../electron/import/cfb';
import { parseLedgerFile, readSpreadsheet } from '../../../electron/import/index';
import { LEDGER_HEADER, LEDGER_ROW, setupImportFixtures, workbookBytes, writeFixture } from './helpers';
import { minimalXlsx } from './zip';

const fx = setupImportFixtures();
const polluted = () => (({}) as Record<string, unknown>).polluted;

describe('prototype keys in headers and cells', () => {
  const rows = [
    ['__proto__', 'constructor', 'prototype', '客户名称', '到期日', '金额'],
    ['{"polluted":1}', 'polluted', 'toString', '__proto__', '2026-11-01', '100'],
    ['x', 'y', 'z', 'constructor', '2026-11-02', '200'],
  ];

  it('xlsx: rows come through as data and nothing is polluted', async () => {
    const path = writeFixture(fx.dir(), 'proto.xlsx', workbookBytes({ S: rows }));
    const p = await parseLedgerFile(path);
    expect(p.headers).toEqual(rows[0]);
    expect(p.mapping).toEqual({ name: 3, dueDate: 4, amount: 5 });
    expect(p.rows.map((r) => r.customer.name)).toEqual(['__proto__', 'constructor']);
    expect(p.rows[0]?.cells).toEqual(rows[1]);
    expect(polluted()).toBeUndefined();
    expect(Object.getPrototypeOf(p.rows[0]?.customer)).toBe(Object.prototype);
  });

  it('csv: the same', async () => {
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
    const p = await parseLedgerFile(writeFixture(fx.dir(), 'proto.csv', csv));
    expect(p.rows.map((r) => r.customer.name)).toEqual(['__proto__', 'constructor']);
    expect(polluted()).toBeUndefined();
  });

  it('a sheet called __proto__ is just a sheet', async () => {
    const path = writeFixture(fx.dir(), 'proto-sheet.xlsx', workbookBytes([['__proto__', [LEDGER_HEADER, LEDGER_ROW]]]));
    const p = await parseLedgerFile(path);
    expect(p.sheet).toBe('__proto__');
    expect(p.rows).toHaveLength(1);
    expect(polluted()).toBeUndefined();
  });
});

describe('size caps', () => {
  it('cuts a 1 MB cell to Excel’s limit and rejects it as a name', async () => {
    const huge = 'A'.repeat(1024 * 1024);
    const path = writeFixture(fx.dir(), 'huge.csv', `${LEDGER_HEADER.join(',')}\n${huge},13800138000,A1,2026-11-01,1,0\n${LEDGER_ROW.join(',')}\n`);
    const wb = await readSpreadsheet(path);
    expect(wb.truncatedCells).toBe(1);
    expect(wb.sheets[0]?.rows[1]?.[0]).toHaveLength(32_767);
    const p = await parseLedgerFile(path);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[2, 'field_too_long']]);
    expect(p.rows).toHaveLength(1);
  });

  it('cuts a 1 MB cell in an xlsx (Excel would refuse to write one) and carries on', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheet =
      `<row r="1">${cell('A1', '客户名称')}${cell('B1', '到期日')}${cell('C1', '金额')}${cell('D1', '备注')}</row>` +
      `<row r="2">${cell('A2', '甲公司')}${cell('B2', '2026-11-01')}${cell('C2', '1')}${cell('D2', 'B'.repeat(1 << 20))}</row>` +
      `<row r="3">${cell('A3', '乙公司')}${cell('B3', '2026-11-01')}${cell('C3', 'C'.repeat(1 << 20))}</row>`;
    const path = writeFixture(fx.dir(), 'huge.xlsx', minimalXlsx(sheet));
    const p = await parseLedgerFile(path);
    expect(p.rows.map((r) => r.customer.name)).toEqual(['甲公司']);
    expect(p.rows[0]?.cells[3]).toHaveLength(32_767);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[3, 'invalid_amount']]);
  });

  it('refuses thousands of columns', async () => {
    const wide = Array.from({ length: 3000 }, (_, i) => `c${i}`);
    const path = writeFixture(fx.dir(), 'wide.xlsx', workbookBytes({ S: [[...LEDGER_HEADER, ...wide], LEDGER_ROW] }));
    await expect(parseLedgerFile(path)).rejects.toMatchObject({ code: 'import_too_large', params: { what: 'columns' } });
  });

  it('stops a tiny xlsx that inflates to a huge sheet (row cap)', async () => {
    const row = '<row><c t="inlineStr"><is><t>甲公司</t></is></c></row>';
    const bomb = minimalXlsx(row.repeat(400_000));
    expect(bomb.length).toBeLessThan(200_000);
    const path = writeFixture(fx.dir(), 'bomb.xlsx', bomb);
    await expect(readSpreadsheet(path)).rejects.toMatchObject({ code: 'import_too_large', params: { what: 'rows' } });
  });

  it('refuses a zip that declares a huge unzipped size before inflating anything', async () => {
    const path = writeFixture(fx.dir(), 'declared.xlsx', minimalXlsx('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 0xfffffff0));
    await expect(readSpreadsheet(path)).rejects.toMatchObject({ code: 'import_too_large', params: { what: 'unzipped size' } });
  });

  it('times out a slow parse and terminates the worker', async () => {
    const row = '<row><c t="inlineStr"><is><t>甲公司</t></is></c><c><v>1</v></c></row>';
    const path = writeFixture(fx.dir(), 'slow.xlsx', minimalXlsx(row.repeat(150_000)));
    const started = Date.now();
    await expect(readSpreadsheet(path, { timeoutMs: 100 })).rejects.toMatchObject({ code: 'import_timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('formulas are never evaluated', () => {
  it('keeps cached values, and formula text where there is none', async () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>客户名称</t></is></c><c r="B1" t="inlineStr"><is><t>到期日</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>金额</t></is></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>' +
      '<row r="2"><c r="A2"><f>1+1</f></c><c r="B2" t="inlineStr"><is><t>2026-11-01</t></is></c><c r="C2"><f>SUM(1,2)</f><v>3</v></c>' +
      `<c r="D2" t="str"><f>HYPERLINK("http://evil.example","click")</f><v>click</v></c></row>` +
      `<row r="3"><c r="A3"><f>cmd|' /C calc'!A0</f></c><c r="B3" t="inlineStr"><is><t>2026-11-02</t></is></c><c r="C3"><v>5</v></c></row>`;
    const path = writeFixture(fx.dir(), 'formulas.xlsx', minimalXlsx(sheet));
    const wb = await readSpreadsheet(path);
    expect(wb.sheets[0]?.rows.slice(1)).toEqual([
      ['=1+1', '2026-11-01', '3', 'click'],
      ["=cmd|' /C calc'!A0", '2026-11-02', '5', ''],
    ]);
    const p = await parseLedgerFile(path);
    expect(p.rows.map((r) => [r.customer.name, r.invoice.amountCents])).toEqual([['=1+1', 300], ["=cmd|' /C calc'!A0", 500]]);
  });

  it('keeps a CSV cell that looks like a formula as text', async () => {
    const csv = '客户名称,到期日,金额\n"=HYPERLINK(""http://x"",""y"")",2026-11-01,1\n=1+1,2026-11-01,2\n';
    const p = await parseLedgerFile(writeFixture(fx.dir(), 'formula.csv', csv));
    expect(p.rows.map((r) => r.customer.name)).toEqual(['=HYPERLINK("http://x","y")', '=1+1']);
  });
});

describe('unreadable files', () => {
  it.each([
    ['empty.xlsx', new Uint8Array(0)],
    ['empty.csv', new Uint8Array(0)],
    ['blank.csv', ' \r\n\r\n '],
    ['nothing.xlsx', workbookBytes({ S: [] })],
  ])('%s → import_empty', async (name, content) => {
    await expect(parseLedgerFile(writeFixture(fx.dir(), name, content))).rejects.toMatchObject({ code: 'import_empty' });
  });

  it('random bytes named .xlsx → import_corrupt', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    await expect(readSpreadsheet(writeFixture(fx.dir(), 'random.xlsx', bytes))).rejects.toMatchObject({ code: 'import_corrupt' });
  });

  it('a truncated xlsx → import_corrupt', async () => {
    const whole = workbookBytes({ S: [LEDGER_HEADER, LEDGER_ROW] });
    const path = writeFixture(fx.dir(), 'truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(readSpreadsheet(path)).rejects.toMatchObject({ code: 'import_corrupt' });
  });

  it('text saved with an .xlsx name → import_corrupt', async () => {
    await expect(readSpreadsheet(writeFixture(fx.dir(), 'text.xlsx', 'hello'))).rejects.toMatchObject({ code: 'import_corrupt' });
  });

  it('an unknown binary or a zip that is no workbook → import_unsupported', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(readSpreadsheet(writeFixture(fx.dir(), 'pic.png', png))).rejects.toMatchObject({ code: 'import_unsupported' });
    const zipped = XLSX.CFB.write(XLSX.CFB.utils.cfb_new(), { type: 'buffer', fileType: 'zip' }) as Uint8Array;
    const docx = writeFixture(fx.dir(), 'doc.zip', zipped);
    await expect(readSpreadsheet(docx)).rejects.toMatchObject({ code: 'import_unsupported' });
  });

  it('a missing file or a folder → import_unreadable', async () => {
    await expect(readSpreadsheet(`${fx.dir()}/nope.xlsx`)).rejects.toMatchObject({ code: 'import_unreadable' });
    await expect(readSpreadsheet(fx.dir())).rejects.toMatchObject({ code: 'import_unreadable' });
  });

  it('a password-protected workbook (encrypted OOXML in a CFB) → import_encrypted', async () => {
    // [MS-OFFCRYPTO]: Excel stores an encrypted xlsx as a compound file with an EncryptionInfo
    // stream (here agile: version 4.4, flags 0x40, then an XML descriptor) and EncryptedPackage.
    const info = Buffer.concat([
      Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
      Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'),
    ]);
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0xa5));
    const bytes = CFB.write(cfb, { type: 'buffer' });
    // SheetJS itself agrees this is an encrypted file (its message names a password/encryption).
    expect(() => XLSX.read(bytes, { type: 'buffer' })).toThrow(/password|encrypt/i);
    const path = writeFixture(fx.dir(), 'locked.xlsx', bytes);
    const err = await readSpreadsheet(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'import_encrypted' });
    expect((err as { translated(l: 'zh-CN' | 'en'): string }).translated('zh-CN')).toContain('密码');
  });
});
