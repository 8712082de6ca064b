// Public API of the import reader: a file on disk → a plain, validated, serialisable ParsedLedger.
// Preview and commit share one parse: keep the ParsedLedger and hand it to the upsert layer.
import { basename } from 'node:path';
import { buildLedger, type LedgerOptions } from './ledger';
import './messages';
import { readSpreadsheet } from './read';
import type { ParsedLedger } from './types';

export interface ParseLedgerOptions extends LedgerOptions {
  timeoutMs?: number;
}

export async function parseLedgerFile(filePath: string, opts: ParseLedgerOptions = {}): Promise<ParsedLedger> {
  const wb = await readSpreadsheet(filePath, {
    ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }),
    ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
  });
  return buildLedger(basename(filePath), wb, opts);
}

export { buildLedger, type LedgerOptions } from './ledger';
export { autoMap, layoutKey, missingFields, validateMapping } from './mapping';
export { readSpreadsheet, setParseWorkerUrl, type ReadOptions } from './read';
export * from './types';
