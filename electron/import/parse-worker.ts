// Worker-thread entry: reads, parses and (when asked) normalises one spreadsheet off the main
// thread and posts plain data back. Bundled to dist/import-worker.js; read.ts finds and limits it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { buildLedger } from './ledger';
import { packLedger } from './ledger-transfer';
import './messages';
import { parseBytes } from './parse-core';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

function run(req: WorkerRequest): WorkerReply {
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(req.filePath);
    } catch (err) {
      throw new AppError('import_unreadable', { file: basename(req.filePath), detail: (err as Error).message });
    }
    const name = basename(req.filePath);
    const sheet = req.sheet === undefined ? {} : { sheet: req.sheet };
    const workbook = parseBytes({ bytes, fileName: name, ...sheet });
    if (!req.ledger) return { ok: true, workbook };
    const ledger = buildLedger(name, workbook, { ...req.ledger, ...sheet });
    // The ledger carries every row it needs; don't send the sheets across twice.
    return { ok: true, workbook: { ...workbook, sheets: [] }, ledger: packLedger(ledger) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, params: plainParams(err.params) };
    return { ok: false, code: 'import_corrupt', params: { detail: err instanceof Error ? err.message : String(err) } };
  }
}

function plainParams(params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' ? v : String(v);
  return out;
}

const reply = run(workerData as WorkerRequest);
// The packed rows' typed arrays are handed over, not copied.
parentPort?.postMessage(reply, reply.ok && reply.ledger ? [reply.ledger.refs.buffer, reply.ledger.nums.buffer] : []);
