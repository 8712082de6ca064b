// Public API of the import reader: a file on disk → a plain, validated, serialisable ParsedLedger.
// Preview and commit share one parse: keep the ParsedLedger and hand it to the upsert layer.
//
// The upsert layer (phase 2): sessions.ts keeps the ParsedLedger under a token; plan.ts works out
// what a commit would do (customer-index.ts: by code, else normalised name + mobile; invoices by
// reference per customer, derived-ref.ts for rows without one); commit.ts previews and commits in
// one transaction (payments from a grown paid amount, reminders.ts cancels paid-off reminders);
// undo.ts restores before-images while nothing depends on the import.
import './messages';
import { type ReadLedgerOptions, readLedger } from './read';
import type { Mapping, ParsedLedger } from './types';

export interface ParseLedgerOptions {
  /** Sheet name; default: the sheet whose header maps the most fields. */
  sheet?: string;
  /** A corrected or remembered mapping (field → 0-based column); default: auto-detected. */
  mapping?: Mapping;
  /** 1-based header row; default: detected in the first 30 rows. */
  headerRow?: number;
  /** Mappings remembered per layout key (see mapping.ts `layoutKey`). */
  layouts?: Record<string, Mapping>;
  /** Default 60 s. */
  timeoutMs?: number;
}

/** Reading, detection and normalisation all run in a worker thread with a time limit. */
export function parseLedgerFile(filePath: string, opts: ParseLedgerOptions = {}): Promise<ParsedLedger> {
  const o: ReadLedgerOptions = {};
  if (opts.sheet !== undefined) o.sheet = opts.sheet;
  if (opts.mapping !== undefined) o.mapping = opts.mapping;
  if (opts.headerRow !== undefined) o.headerRow = opts.headerRow;
  if (opts.layouts !== undefined) o.layouts = opts.layouts;
  if (opts.timeoutMs !== undefined) o.timeoutMs = opts.timeoutMs;
  return readLedger(filePath, o);
}

export { buildLedger, type LedgerOptions } from './ledger';
export { autoMap, layoutKey, missingFields, validateMapping } from './mapping';
export { type ReadOptions, readSpreadsheet, setParseWorkerUrl } from './read';
export * from './types';
