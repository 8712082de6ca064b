// The messages between read.ts and parse-worker.ts: structured-clone-safe plain data only.
import type { PackedLedger } from './ledger-transfer';
import type { Mapping, Workbook } from './types';

export interface WorkerRequest {
  filePath: string;
  sheet?: string;
  /** When set, the worker also builds the ParsedLedger, so normalising stays off the main thread. */
  ledger?: { mapping?: Mapping; headerRow?: number; layouts?: Record<string, Mapping> };
}

export type WorkerReply =
  /** The ledger's rows travel packed (see ledger-transfer.ts); read.ts unpacks them. */
  | { ok: true; workbook: Workbook; ledger?: PackedLedger }
  | { ok: false; code: string; params: Record<string, string | number> };
