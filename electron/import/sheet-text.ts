// A SheetJS worksheet → plain string rows. Cells are untrusted: only their text is kept, formulas
// are never evaluated (the cached value, or the formula text when there is none), real date cells
// become ISO dates, and vertically merged cells (a customer name spanning its invoices) are filled.
import * as XLSX from 'xlsx';
import { AppError } from '../../shared/errors';
import { excelSerialToIso } from './date';
import { LIMITS } from './limits';

export interface SheetText {
  rows: string[][];
  truncatedCells: number;
}

/** Excel shows 15 significant digits; this also strips float noise from cached formula results. */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  // Shortest text of at most 15 characters without an exponent: at most 15 significant digits,
  // so rounding to 15 would give the same number back. Most amounts take this path.
  const plain = String(v);
  if (plain.length <= 15 && !plain.includes('e')) return plain;
  return String(Number(v.toPrecision(15)));
}

function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Excel's error codes (cell.v of an 'e' cell): the reader does not format cells (cellText: false). */
const ERROR_TEXT: Record<number, string> = {
  0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA',
};

/**
 * Per-sheet memos: a ledger uses a handful of number formats and a few hundred distinct dates over
 * 100,000 rows, and both answers are pure.
 */
export interface CellMemo {
  isDate: Map<string, boolean>;
  dates: Map<number, string>;
}

export const newCellMemo = (): CellMemo => ({ isDate: new Map(), dates: new Map() });

function isDateFormat(z: XLSX.NumberFormat, memo: CellMemo | undefined): boolean {
  if (!memo || typeof z !== 'string') return Boolean(XLSX.SSF.is_date(z));
  let yes = memo.isDate.get(z);
  if (yes === undefined) {
    yes = Boolean(XLSX.SSF.is_date(z));
    memo.isDate.set(z, yes);
  }
  return yes;
}

function dateText(v: number, date1904: boolean, memo: CellMemo | undefined): string {
  let text = memo?.dates.get(v);
  if (text === undefined) {
    text = excelSerialToIso(v, date1904) ?? numberText(v);
    memo?.dates.set(v, text);
  }
  return text;
}

export function cellText(cell: XLSX.CellObject | undefined, date1904: boolean, memo?: CellMemo): string {
  if (!cell) return '';
  const formula = cell.f ? `=${cell.f}` : '';
  switch (cell.t) {
    case 'n': {
      if (typeof cell.v !== 'number') return formula;
      if (cell.z !== undefined && cell.v >= 1 && isDateFormat(cell.z, memo)) return dateText(cell.v, date1904, memo);
      return numberText(cell.v);
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : formula;
    case 'b':
      return cell.v === undefined ? formula : cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? localIso(cell.v) : formula;
    case 'e':
      return formula || cell.w || (typeof cell.v === 'number' ? ERROR_TEXT[cell.v] : undefined) || '#ERROR';
    default:
      return formula;
  }
}

export function sheetText(ws: XLSX.WorkSheet, date1904: boolean): SheetText {
  const data: (XLSX.CellObject | undefined)[][] = ws['!data'] ?? [];
  if (data.length > LIMITS.maxRows) {
    throw new AppError('import_too_large', { what: 'rows', limit: LIMITS.maxRows });
  }
  let truncatedCells = 0;
  let width = 0;
  const rows: string[][] = [];
  const memo = newCellMemo();
  for (let r = 0; r < data.length; r++) {
    const src = data[r] ?? [];
    const out: string[] = [];
    for (let c = 0; c < src.length; c++) {
      let text = cellText(src[c], date1904, memo).trim();
      if (text.length > LIMITS.maxCellChars) {
        text = text.slice(0, LIMITS.maxCellChars);
        truncatedCells++;
      }
      out.push(text);
      if (text !== '' && c + 1 > width) width = c + 1;
    }
    rows.push(out);
  }
  if (width > LIMITS.maxColumns) {
    throw new AppError('import_too_large', { what: 'columns', limit: LIMITS.maxColumns });
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((t) => t === '')) rows.pop();
  for (const row of rows) {
    row.length = Math.min(row.length, width);
    while (row.length < width) row.push('');
  }
  fillVerticalMerges(rows, ws['!merges'] ?? []);
  return { rows, truncatedCells };
}

function fillVerticalMerges(rows: string[][], merges: readonly XLSX.Range[]): void {
  for (const m of merges) {
    if (m.e.r <= m.s.r) continue;
    const lastRow = Math.min(m.e.r, rows.length - 1);
    for (let c = m.s.c; c <= m.e.c; c++) {
      const top = rows[m.s.r]?.[c];
      if (top === undefined || top === '') continue;
      for (let r = m.s.r + 1; r <= lastRow; r++) {
        const row = rows[r];
        if (row && c < row.length && row[c] === '') row[c] = top;
      }
    }
  }
}
