import { describe, expect, it } from 'vitest';
import { chooseSheet, findHeaderRow, isBlankRow, isTotalsLabel, isTotalsRow } from '../../../electron/import/detect';

describe('findHeaderRow', () => {
  it('finds the header below a title row, a merged title cell and blank rows', () => {
    const rows = [
      ['应收账款明细表', '', ''],
      ['', '', ''],
      ['编制单位：某某公司', '', '单位：元'],
      ['客户名称', '到期日', '金额'],
      ['甲公司', '2026-11-05', '100'],
    ];
    expect(findHeaderRow(rows)).toMatchObject({ index: 3, score: 3 });
  });

  it('ignores a title that happens to contain one header word', () => {
    expect(findHeaderRow([['客户'], ['Name', 'Due date']]).index).toBe(1);
  });

  it('only scans the first rows', () => {
    const rows = [...Array.from({ length: 40 }, () => ['x']), ['客户名称', '金额']];
    expect(findHeaderRow(rows).index).toBe(-1);
    expect(findHeaderRow(rows, 50).index).toBe(40);
  });
});

describe('chooseSheet', () => {
  it('picks the sheet that maps the most fields', () => {
    const sheets = [
      { name: '说明', rows: [['说明'], ['日期', '金额']], rowCount: 2 },
      { name: '应收', rows: [['客户名称', '到期日', '金额', '手机']], rowCount: 1 },
    ];
    expect(chooseSheet(sheets)).toMatchObject({ sheet: 1, index: 0, score: 4 });
  });
  it('falls back to the first sheet', () => {
    expect(chooseSheet([{ name: 'a', rows: [['x']], rowCount: 1 }]).sheet).toBe(0);
  });
});

describe('blank and totals rows', () => {
  it('sees blank rows', () => {
    expect(isBlankRow(['', ' ', ''])).toBe(true);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });

  it.each(['合计', '合 计', '总计：', '小计', 'Total', 'GRAND TOTAL', 'Subtotal', '本页合计'])('%j is a totals label', (t) => {
    expect(isTotalsLabel(t)).toBe(true);
  });
  it.each(['总计科技有限公司', 'Total Solutions Ltd', '合计金额表头x', ''])('%j is not', (t) => {
    expect(isTotalsLabel(t)).toBe(false);
  });

  it('looks in the first column and in the name/reference columns only', () => {
    const mapping = { reference: 1, name: 2, amount: 3 };
    expect(isTotalsRow(['合计', '', '', '100'], mapping)).toBe(true);
    expect(isTotalsRow(['', '', 'Grand total', '100'], mapping)).toBe(true);
    expect(isTotalsRow(['', 'Total', '', '100'], mapping)).toBe(true);
    expect(isTotalsRow(['1', 'A1', '甲公司', 'Total'], mapping)).toBe(false);
  });
});
