// Plain, serialisable shapes shared by the reader, the normaliser and (later) the upsert layer.
// Everything here survives structuredClone / JSON: no classes, no Maps, no Dates.

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'csv' | 'ods';

export interface SheetData {
  name: string;
  /** Cell text, trimmed; real date cells as ISO YYYY-MM-DD; blank cells are ''. */
  rows: string[][];
  rowCount: number;
}

export interface Workbook {
  /** Converted sheets: all of them, or only the one asked for. */
  sheets: SheetData[];
  /** Every sheet name in the file, in order. */
  sheetNames: string[];
  format: SpreadsheetFormat;
  /** Only for CSV: 'utf-8', 'utf-8-bom' or 'gb18030'. */
  encoding?: string;
  /** sha256 of the file's bytes, hex. */
  fileHash: string;
  /** Cells longer than Excel's own limit (32,767 characters) were cut to it. */
  truncatedCells: number;
}

export const FIELDS = [
  'customerCode',
  'name',
  'mobile',
  'contact',
  'reference',
  'issueDate',
  'dueDate',
  'amount',
  'paid',
  'balance',
] as const;
export type Field = (typeof FIELDS)[number];

/** Field → 0-based column index in the sheet. */
export type Mapping = Partial<Record<Field, number>>;

export interface LocalisedMessage {
  'zh-CN': string;
  en: string;
}

export type RejectReason =
  | 'missing_name'
  | 'missing_due_date'
  | 'missing_amount'
  | 'invalid_amount'
  | 'invalid_date'
  | 'due_before_issue'
  | 'negative_amount'
  | 'paid_exceeds_amount'
  | 'balance_exceeds_amount'
  | 'field_too_long'
  | 'conflicting_duplicate'
  /** Found when planning against the ledger: the new amount is below what the ledger has been paid. */
  | 'amount_below_paid';
export type SkipReason = 'blank' | 'totals_row' | 'duplicate_row';
export type WarningReason = 'balance_mismatch' | 'phone_unreachable' | 'paid_below_ledger';

export interface RowIssue<R extends string> {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  reason: R;
  message: LocalisedMessage;
  /** The original row's cells (as read). */
  cells: string[];
}
export type Rejection = RowIssue<RejectReason>;
export type Skip = RowIssue<SkipReason>;
export type Warning = RowIssue<WarningReason>;

export interface NormalisedCustomer {
  code: string | null;
  name: string;
  /** Lower-cased, NFKC, single spaces: what identifies a customer without a code. */
  nameKey: string;
  phoneRaw: string | null;
  /** E.164 mobile, or null with unreachableReason set. */
  mobile: string | null;
  unreachableReason: 'missing' | 'landline' | 'invalid' | null;
  contact: string | null;
}

export interface NormalisedInvoice {
  /** null when the file has no reference column / the cell is empty. */
  reference: string | null;
  issueDate: string | null;
  dueDate: string;
  amountCents: number;
  paidCents: number;
  balanceCents: number;
}

export interface NormalisedRow {
  row: number;
  customer: NormalisedCustomer;
  invoice: NormalisedInvoice;
  cells: string[];
}

export interface ParsedLedger {
  file: string;
  format: SpreadsheetFormat;
  encoding: string | null;
  fileHash: string;
  sheets: string[];
  sheet: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  headers: string[];
  mapping: Mapping;
  /** Where the mapping came from: detected from the header, remembered for this layout, or given. */
  mappingSource: 'auto' | 'remembered' | 'user';
  /** Required fields the mapping lacks (rows then fail for that field). */
  missingFields: Field[];
  layoutKey: string;
  /** Data rows below the header that were looked at (blank ones included). */
  rowsRead: number;
  rows: NormalisedRow[];
  rejected: Rejection[];
  skipped: Skip[];
  warnings: Warning[];
}
