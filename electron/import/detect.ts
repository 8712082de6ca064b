// Finding the ledger in a workbook: the sheet and header row that map the most known fields, below
// any title rows, blank rows or merged title cells; and recognising blank and totals rows.
import { autoMap, mappingScore } from './mapping';
import type { Mapping, SheetData } from './types';

/** How far down a sheet the header row is looked for. */
export const HEADER_SCAN_ROWS = 30;
/** A header row must map at least this many fields (a title cell can match one by chance). */
const MIN_HEADER_SCORE = 2;

export interface HeaderGuess {
  /** 0-based index into the sheet's rows; -1 when none was found. */
  index: number;
  score: number;
  mapping: Mapping;
}

export function findHeaderRow(rows: readonly string[][], scanRows = HEADER_SCAN_ROWS): HeaderGuess {
  let best: HeaderGuess = { index: -1, score: 0, mapping: {} };
  const limit = Math.min(rows.length, scanRows);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const mapping = autoMap(row);
    const score = mappingScore(mapping);
    if (score >= MIN_HEADER_SCORE && score > best.score) best = { index: i, score, mapping };
  }
  return best;
}

export interface SheetGuess extends HeaderGuess {
  sheet: number;
}

/** The sheet whose header row maps the most fields; the first sheet when none has a header. */
export function chooseSheet(sheets: readonly SheetData[]): SheetGuess {
  let best: SheetGuess = { sheet: 0, index: -1, score: 0, mapping: {} };
  sheets.forEach((s, sheet) => {
    const guess = findHeaderRow(s.rows);
    if (guess.score > best.score) best = { sheet, ...guess };
  });
  return best;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

const TOTALS = new Set([
  '合计', '总计', '小计', '累计', '总合计', '本页合计', '本期合计', '合计金额', '应收合计',
  'total', 'totals', 'grandtotal', 'subtotal', 'sum',
]);

/** A totals label, ignoring spaces, colons and case ("合 计：", "Grand Total"). */
export function isTotalsLabel(text: string): boolean {
  // No label has a digit (NFKC keeps ASCII digits): skips codes, references and amounts cheaply.
  if (/[0-9]/.test(text)) return false;
  return TOTALS.has(text.normalize('NFKC').toLowerCase().replace(/[\s:：]/g, ''));
}

/** A totals row: a totals label in the first column or a name/code/reference/contact column. */
export function isTotalsRow(cells: readonly string[], mapping: Mapping): boolean {
  const cols = new Set([0, mapping.name, mapping.reference, mapping.customerCode, mapping.contact]);
  for (const col of cols) {
    if (col !== undefined && isTotalsLabel(cells[col] ?? '')) return true;
  }
  return false;
}
