// The messages between read.ts and parse-worker.ts: structured-clone-safe plain data only.
import type { Workbook } from './types';

export interface WorkerRequest {
  filePath: string;
  sheet?: string;
}

export type WorkerReply =
  | { ok: true; workbook: Workbook }
  | { ok: false; code: string; params: Record<string, string | number> };
