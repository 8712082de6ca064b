// The worker's work without the thread: format sniffing and conversion to plain text rows.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parseBytes } from '../../../electron/import/parse-core';
import { numberText } from '../../../electron/import/sheet-text';
import { zipEntries } from '../../../electron/import/sniff';

const book = (rows: unknown[][], bookType: XLSX.BookType) => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  return XLSX.write(wb, { type: 'buffer', bookType }) as Uint8Array;
};

describe('parseBytes', () => {
  it.each([['xlsx', 'xlsx'], ['ods', 'ods'], ['biff8', 'xls']] as const)('knows %s by its bytes, whatever the name', (bookType, format) => {
    const wb = parseBytes({ bytes: book([['a', 1]], bookType), fileName: 'renamed.csv' });
    expect(wb.format).toBe(format);
    expect(wb.sheets[0]?.rows).toEqual([['a', '1']]);
    expect(wb.encoding).toBeUndefined();
    expect(wb.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an HTML table saved as .xls (as some accounting software exports), in GBK', () => {
    const html = '<html><body><table><tr><td>客户名称</td><td>金额</td></tr><tr><td>甲公司</td><td>1,234.50</td></tr></table></body></html>';
    const wb = parseBytes({ bytes: iconv.encode(html, 'gbk'), fileName: 'export.xls' });
    expect(wb).toMatchObject({ format: 'xls', encoding: 'gb18030' });
    expect(wb.sheets[0]?.rows).toEqual([['客户名称', '金额'], ['甲公司', '1,234.50']]);
  });

  it('reads semicolon- and tab-separated text', () => {
    const semi = parseBytes({ bytes: Buffer.from('客户名称;金额\n甲;1.234,50\n'), fileName: 'x.csv' });
    expect(semi.sheets[0]?.rows).toEqual([['客户名称', '金额'], ['甲', '1.234,50']]);
    const tsv = parseBytes({ bytes: Buffer.from('客户名称\t金额\n甲\t1,234.50\n'), fileName: 'x.txt' });
    expect(tsv.sheets[0]?.rows).toEqual([['客户名称', '金额'], ['甲', '1,234.50']]);
  });

  it('trims cells, drops trailing blank rows and pads rows to one width', () => {
    const wb = parseBytes({ bytes: Buffer.from(' a ,b,c\n1\n\n\n'), fileName: 'x.csv' });
    expect(wb.sheets[0]?.rows).toEqual([['a', 'b', 'c'], ['1', '', '']]);
    expect(wb.sheets[0]?.rowCount).toBe(2);
  });

  it('lists every sheet and converts only the one asked for', () => {
    const wb0 = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb0, XLSX.utils.aoa_to_sheet([['x']]), 'One');
    XLSX.utils.book_append_sheet(wb0, XLSX.utils.aoa_to_sheet([['y']]), 'Two');
    const bytes = XLSX.write(wb0, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
    const wb = parseBytes({ bytes, fileName: 'b.xlsx', sheet: 'Two' });
    expect(wb.sheetNames).toEqual(['One', 'Two']);
    expect(wb.sheets).toEqual([{ name: 'Two', rows: [['y']], rowCount: 1 }]);
  });

  it('keeps booleans and error cells as text', () => {
    const wb = parseBytes({ bytes: book([[true, { t: 'e', v: 7, w: '#DIV/0!' }]], 'xlsx'), fileName: 'b.xlsx' });
    expect(wb.sheets[0]?.rows[0]).toEqual(['TRUE', '#DIV/0!']);
  });
});

describe('numberText', () => {
  it('shows what Excel shows, without float noise or exponent for phone-sized integers', () => {
    expect(numberText(1234.4999999999998)).toBe('1234.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13800138000)).toBe('13800138000');
    expect(numberText(-12.3)).toBe('-12.3');
  });

  it('gives exactly the 15-significant-digit text for any number', () => {
    const reference = (v: number) => String(Number(v.toPrecision(15)));
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const samples = [0, -0, 1e-7, 1.5e-7, 1e15, 1e21, 123456789012345, 1234567890123456, 0.000001, -0.1 - 0.2, 2 ** 53, Number("99999999999999.99")];
    for (let i = 0; i < 20000; i++) {
      const scale = 10 ** Math.floor(rand() * 24 - 8);
      samples.push((rand() - 0.5) * scale, Math.round(rand() * scale) / 100, Math.round(rand() * 1e6) / 100 + rand() * 1e-9);
    }
    for (const v of samples) expect(numberText(v)).toBe(reference(v));
  });
});

describe('zipEntries', () => {
  it('lists a zip’s entries with their declared sizes, and null for a truncated zip', () => {
    const bytes = book([['a']], 'xlsx');
    const entries = zipEntries(bytes);
    expect(entries?.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(entries?.every((e) => e.size > 0)).toBe(true);
    expect(zipEntries(bytes.subarray(0, bytes.length - 30))).toBeNull();
  });
});
