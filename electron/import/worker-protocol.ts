// The messages between read.ts and parse-worker.ts: structured-clone-safe plain data only.
import type { ParsedWorkbook } from './parse-core';

export interface WorkerRequest {
  filePath: string;
  sheet?: string;
}

export type WorkerReply =
  | { ok: true; workbook: ParsedWorkbook }
  | { ok: false; code: string; params: Record<string, string | number> };
