// The messages between read.ts and parse-worker.ts: structured-clone-safe plain data only.
import type { Mapping, ParsedLedger, Workbook } from './types';

export interface WorkerRequest {
  filePath: string;
  sheet?: string;
  /** When set, the worker also builds the ParsedLedger, so normalising stays off the main thread. */
  ledger?: { mapping?: Mapping; headerRow?: number; layouts?: Record<string, Mapping> };
}

export type WorkerReply =
  | { ok: true; workbook: Workbook; ledger?: ParsedLedger }
  | { ok: false; code: string; params: Record<string, string | number> };
