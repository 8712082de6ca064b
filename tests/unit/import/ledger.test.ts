import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { buildLedger } from '../../../electron/import/ledger';
import type { Workbook } from '../../../electron/import/types';

const book = (rows: string[][], extra: Workbook['sheets'] = []): Workbook => {
  const sheets = [...extra, { name: 'Ledger', rows, rowCount: rows.length }];
  return { sheets, sheetNames: sheets.map((s) => s.name), format: 'xlsx', fileHash: 'abc', truncatedCells: 0 };
};
const HEADER = ['客户名称', '手机', '单据编号', '到期日', '金额', '已收金额'];

describe('buildLedger', () => {
  it('finds the header, numbers rows as the spreadsheet does and sorts out every row', () => {
    const p = buildLedger('f.xlsx', book([
      ['应收账款明细'],
      [],
      HEADER,
      ['甲公司', '13800138000', 'A1', '2026-11-01', '100', '0'],
      [],
      ['乙公司', '0755-26881234', 'A2', '2026-11-02', '200', '50'],
      ['丙公司', '', 'A3', '', '300', '0'],
      ['合计', '', '', '', '600', '50'],
    ]));
    expect(p).toMatchObject({ sheet: 'Ledger', headerRow: 3, headers: HEADER, rowsRead: 5, missingFields: [] });
    expect(p.rows.map((r) => [r.row, r.customer.name])).toEqual([[4, '甲公司'], [6, '乙公司']]);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[7, 'missing_due_date']]);
    expect(p.rejected[0]?.cells).toEqual(['丙公司', '', 'A3', '', '300', '0']);
    expect(p.rejected[0]?.message['zh-CN']).toContain('到期日');
    expect(p.skipped.map((r) => [r.row, r.reason])).toEqual([[5, 'blank'], [8, 'totals_row']]);
    expect(p.warnings.map((w) => [w.row, w.reason])).toEqual([[6, 'phone_unreachable']]);
  });

  it('counts identical duplicate rows once', () => {
    const r = ['甲公司', '13800138000', 'A1', '2026-11-01', '100', '0'];
    const p = buildLedger('f.csv', book([HEADER, r, [...r], ['甲公司', '+86 138 0013 8000', 'A1', '2026/11/1', '100.00', '0']]));
    expect(p.rows.map((x) => x.row)).toEqual([2]);
    expect(p.skipped.map((s) => [s.row, s.reason])).toEqual([[3, 'duplicate_row'], [4, 'duplicate_row']]);
    expect(p.skipped[0]?.message.en).toContain('row 2');
  });

  it('rejects every copy of a reference that appears with different values', () => {
    const p = buildLedger('f.csv', book([
      HEADER,
      ['甲公司', '13800138000', 'A1', '2026-11-01', '100', '0'],
      ['甲公司', '13800138000', 'A1', '2026-11-01', '120', '0'],
      ['甲公司', '13800138000', 'A2', '2026-11-01', '120', '0'],
      ['乙公司', '13800138001', 'A1', '2026-11-01', '50', '0'],
    ]));
    expect(p.rows.map((x) => x.row)).toEqual([4, 5]);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[2, 'conflicting_duplicate'], [3, 'conflicting_duplicate']]);
    expect(p.rejected[0]?.message.en).toContain('2, 3');
  });

  it('collapses rows without a reference only when they are fully identical', () => {
    const h = ['客户名称', '到期日', '金额'];
    const p = buildLedger('f.csv', book([h, ['甲', '2026-11-01', '1'], ['甲', '2026-11-01', '1'], ['甲', '2026-11-01', '2']]));
    expect(p.rows.map((x) => x.row)).toEqual([2, 4]);
    expect(p.skipped.map((s) => s.reason)).toEqual(['duplicate_row']);
  });

  it('chooses the ledger sheet over a notes sheet', () => {
    const notes = { name: '说明', rows: [['说明文字']], rowCount: 1 };
    const p = buildLedger('f.xlsx', book([HEADER, ['甲', '', 'A', '2026-11-01', '1', '0']], [notes]));
    expect(p.sheet).toBe('Ledger');
    expect(p.sheets).toEqual(['说明', 'Ledger']);
  });

  it('uses a caller mapping and reports the required fields it lacks', () => {
    const p = buildLedger('f.csv', book([['A', 'B', 'C'], ['甲', '2026-11-01', '5']]), { mapping: { name: 0, amount: 2 } });
    expect(p.missingFields).toEqual(['dueDate']);
    expect(p.rejected.map((r) => r.reason)).toEqual(['missing_due_date']);
    expect(p.headerRow).toBe(1);
  });

  it('refuses a sheet without a recognisable header unless a mapping is given', () => {
    expect(() => buildLedger('f.csv', book([['foo', 'bar'], ['1', '2']]))).toThrow(
      expect.objectContaining({ code: 'import_no_header' }),
    );
    expect(() => buildLedger('f.csv', book([['a']]), { sheet: 'Nope' })).toThrow(AppError);
  });

  it('infers day-first dates per column', () => {
    const h = ['客户名称', '到期日', '金额'];
    const p = buildLedger('f.csv', book([h, ['甲', '05/11/2026', '1'], ['乙', '25/11/2026', '1']]));
    expect(p.rows.map((r) => r.invoice.dueDate)).toEqual(['2026-11-05', '2026-11-25']);
  });

  it('is a plain serialisable object', () => {
    const p = buildLedger('f.csv', book([HEADER, ['甲', '13800138000', 'A1', '2026-11-01', '100', '0']]));
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(structuredClone(p)).toEqual(p);
  });
});
