// The work the parse worker does, as a plain function (so it is unit-testable without a thread):
// bytes → sniffed format → SheetJS → plain string rows. Throws AppError for every expected failure.
import { createHash } from 'node:crypto';
import * as XLSX from 'xlsx';
import { AppError } from '../../shared/errors';
import { decodeText } from './encoding';
import { LIMITS } from './limits';
import { sheetText } from './sheet-text';
import { sniff } from './sniff';
import type { SheetData, Workbook } from './types';

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
  /** Only this sheet is converted (all names are still listed). */
  sheet?: string;
}

export function parseBytes(req: ParseRequest): Workbook {
  const { bytes } = req;
  if (bytes.length === 0) throw new AppError('import_empty');
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new AppError('import_too_large', { what: 'file size', limit: `${LIMITS.maxFileBytes / 2 ** 20} MB` });
  }
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const sniffed = sniff(bytes, req.fileName);
  const base: XLSX.ParsingOptions = {
    dense: true,
    cellFormula: true,
    cellHTML: false,
    // No formatted text (cell.w) for every cell: sheet-text.ts reads values and formats itself.
    cellText: false,
    cellNF: true,
    cellStyles: false,
    // Stubs keep formula cells that have no cached value, so their formula text survives as text.
    sheetStubs: true,
    cellDates: false,
    bookVBA: false,
    sheetRows: LIMITS.maxRows + 1,
    WTF: false,
  };
  if (req.sheet !== undefined) base.sheets = [req.sheet];
  let wb: XLSX.WorkBook;
  let encoding: string | undefined;
  try {
    if (sniffed.container === 'text') {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      if (decoded.text.trim() === '') throw new AppError('import_empty');
      // raw: keep every CSV cell as text ("00123" stays a code, "2026-11-05" stays as written).
      wb = XLSX.read(decoded.text, { ...base, type: 'string', raw: true });
    } else {
      wb = XLSX.read(bytes, { ...base, type: 'buffer' });
    }
  } catch (err) {
    throw mapParseError(err);
  }
  const sheetNames = [...wb.SheetNames];
  if (req.sheet !== undefined && !sheetNames.includes(req.sheet)) {
    throw new AppError('import_sheet_not_found', { sheet: req.sheet });
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheets: SheetData[] = [];
  let truncatedCells = 0;
  for (const name of req.sheet !== undefined ? [req.sheet] : sheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const text = sheetText(ws, date1904);
    truncatedCells += text.truncatedCells;
    sheets.push({ name, rows: text.rows, rowCount: text.rows.length });
  }
  if (sheets.every((s) => s.rowCount === 0)) throw new AppError('import_empty');
  const out: Workbook = { sheets, sheetNames, format: sniffed.format, fileHash, truncatedCells };
  if (encoding !== undefined) out.encoding = encoding;
  return out;
}

function mapParseError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(message)) return new AppError('import_encrypted');
  return new AppError('import_corrupt', { detail: message.slice(0, 200) });
}
