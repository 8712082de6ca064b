import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../electron/import/ledger';
import { packLedger, unpackLedger } from '../../../electron/import/ledger-transfer';
import type { Workbook } from '../../../electron/import/types';

const book = (rows: string[][]): Workbook => ({
  sheets: [{ name: 'Ledger', rows, rowCount: rows.length }],
  sheetNames: ['Ledger'],
  format: 'xlsx',
  fileHash: 'abc',
  truncatedCells: 0,
});

describe('packLedger / unpackLedger', () => {
  it('round-trips every row exactly, through a structured clone, with the same key order', () => {
    const p = buildLedger('f.xlsx', book([
      ['客户编码', '客户名称', '手机', '联系人', '单据编号', '单据日期', '到期日', '金额', '已收金额', '未收金额'],
      ['KH1', '甲公司', '13800138000', '张三', 'A1', '2026-11-01', '2026-12-01', '100', '0', '100'],
      ['', '乙 公司', '0755-26881234', '', '', '', '2026-12-02', '200.5', '50', ''],
      ['KH1', '甲公司', '+86 138 0013 8000', '张三', 'A2', '2026/11/1', '2026/12/1', '¥1,234.56', '', '1234.56'],
      ['KH3', '丙公司', '', '', 'A3', '', '', '300', '0', '300'],
      ['KH4', 'Ünïcode\u0000\n"q"', '13900139000', '', 'A4', '', '2026-12-03', '9007199254740.99', '0', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['合计', '', '', '', '', '', '', '600', '50', ''],
    ]));
    expect(p.rows.length).toBe(4);
    expect(p.rejected.length + p.skipped.length + p.warnings.length).toBeGreaterThan(0);
    const packed = structuredClone(packLedger(p), { transfer: [] });
    const back = unpackLedger(packed);
    expect(back).toEqual(p);
    expect(JSON.stringify(back)).toBe(JSON.stringify(p));
  });

  it('keeps rows whose cell counts differ and a ledger with no rows', () => {
    const p = buildLedger('f.csv', book([
      ['客户名称', '到期日', '金额'],
      ['甲公司', '2026-11-01', '100', 'extra'],
      ['乙公司', '2026-11-02', '200'],
    ]));
    expect(p.rows.map((r) => r.cells.length)).toEqual([4, 3]);
    expect(unpackLedger(packLedger(p))).toEqual(p);
    const empty = { ...p, rows: [] };
    expect(unpackLedger(packLedger(empty))).toEqual(empty);
  });
});
