// A sheet's rows → a ParsedLedger: header, mapping, normalised rows and every row's fate. Pure
// (no file or thread), so it is tested directly; index.ts wires it to the reader.
import { AppError } from '../../shared/errors';
import { dedupeRows } from './dedupe';
import { chooseSheet, findHeaderRow, isBlankRow } from './detect';
import { layoutKey, missingFields, validateMapping } from './mapping';
import { rowMessage } from './messages';
import { inferDayFirst } from './normalise';
import { newRowMemo, normaliseRow, type RowContext } from './rows';
import type { Mapping, NormalisedRow, ParsedLedger, Rejection, Skip, Warning, Workbook } from './types';

export interface LedgerOptions {
  sheet?: string;
  /** A mapping the user corrected (or one remembered for this layout): field → column index. */
  mapping?: Mapping;
  /** 1-based header row, when the user picked it. */
  headerRow?: number;
  /** Mappings remembered per layout key: applied when no mapping is given and the header matches. */
  layouts?: Record<string, Mapping>;
}

export function buildLedger(file: string, wb: Workbook, opts: LedgerOptions = {}): ParsedLedger {
  const sheetIndex = opts.sheet !== undefined ? wb.sheets.findIndex((s) => s.name === opts.sheet) : chooseSheet(wb.sheets).sheet;
  const sheet = wb.sheets[sheetIndex];
  if (!sheet) throw new AppError('import_sheet_not_found', { sheet: opts.sheet ?? '' });
  const rows = sheet.rows;
  let headerIndex: number;
  let mapping: Mapping;
  if (opts.headerRow !== undefined) {
    headerIndex = opts.headerRow - 1;
    if (!Number.isInteger(headerIndex) || headerIndex < 0 || headerIndex >= rows.length) {
      throw new AppError('import_bad_mapping', { detail: `header row ${opts.headerRow}` });
    }
    mapping = findHeaderRow([rows[headerIndex] ?? []]).mapping;
  } else {
    const guess = findHeaderRow(rows);
    headerIndex = guess.index >= 0 ? guess.index : rows.findIndex((r) => !isBlankRow(r));
    if (guess.index < 0 && opts.mapping === undefined) throw new AppError('import_no_header');
    mapping = guess.mapping;
  }
  const headers = rows[headerIndex] ?? [];
  let mappingSource: ParsedLedger['mappingSource'] = 'auto';
  if (opts.mapping !== undefined) {
    mapping = validateMapping(opts.mapping, headers.length);
    mappingSource = 'user';
  } else {
    const remembered = opts.layouts?.[layoutKey(headers)];
    // A remembered mapping that no longer fits (say, a column was dropped) is ignored, not fatal.
    if (remembered) {
      try {
        mapping = validateMapping(remembered, headers.length);
        mappingSource = 'remembered';
      } catch {
        mappingSource = 'auto';
      }
    }
  }

  const body = rows.slice(headerIndex + 1);
  const column = (i: number | undefined) => (i === undefined ? [] : body.map((r) => r[i] ?? ''));
  const ctx: RowContext = {
    mapping,
    headers,
    dayFirst: { issueDate: inferDayFirst(column(mapping.issueDate)), dueDate: inferDayFirst(column(mapping.dueDate)) },
    memo: newRowMemo(),
  };

  const accepted: NormalisedRow[] = [];
  const rejected: Rejection[] = [];
  const skipped: Skip[] = [];
  let warnings: Warning[] = [];
  body.forEach((cells, i) => {
    const row = headerIndex + 2 + i; // 1-based, as the spreadsheet shows it
    const outcome = normaliseRow(cells, row, ctx);
    if (outcome.kind === 'row') {
      accepted.push(outcome.row);
      warnings.push(...outcome.warnings);
    } else if (outcome.kind === 'rejected') {
      rejected.push({ row, reason: outcome.reason, message: rowMessage(outcome.reason, outcome.params), cells });
    } else {
      skipped.push({ row, reason: outcome.reason, message: rowMessage(outcome.reason), cells });
    }
  });

  const deduped = dedupeRows(accepted);
  for (const d of deduped.duplicates) {
    skipped.push({ row: d.row.row, reason: 'duplicate_row', message: rowMessage('duplicate_row', { first: d.first }), cells: d.row.cells });
  }
  for (const c of deduped.conflicts) {
    const params = { reference: c.row.invoice.reference ?? '', rows: c.rows.join(', ') };
    rejected.push({ row: c.row.row, reason: 'conflicting_duplicate', message: rowMessage('conflicting_duplicate', params), cells: c.row.cells });
  }
  const keptRows = new Set(deduped.kept.map((r) => r.row));
  warnings = warnings.filter((w) => keptRows.has(w.row));
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;

  return {
    file,
    format: wb.format,
    encoding: wb.encoding ?? null,
    fileHash: wb.fileHash,
    sheets: wb.sheetNames,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    headers,
    mapping,
    mappingSource,
    missingFields: missingFields(mapping),
    layoutKey: layoutKey(headers),
    rowsRead: body.length,
    rows: deduped.kept,
    rejected: rejected.sort(byRow),
    skipped: skipped.sort(byRow),
    warnings,
  };
}
