// Main-thread side of spreadsheet reading: one worker thread per file, a time limit and a heap
// limit, so a crafted or monstrous file can only ever kill its own worker.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { unpackLedger } from './ledger-transfer';
import { LIMITS } from './limits';
import './messages';
import type { Mapping, ParsedLedger, Workbook } from './types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface ReadOptions {
  sheet?: string;
  /** Default 60 s. */
  timeoutMs?: number;
}

let workerUrl: URL | null = null;

/**
 * Where the bundled worker lives. Default: dist/import-worker.js next to the bundle that holds
 * this code (dist/cli.js); DUEBELL_IMPORT_WORKER overrides it; tests point it at their own build.
 */
export function setParseWorkerUrl(url: URL | null): void {
  workerUrl = url;
}

function resolveWorkerUrl(): URL {
  if (workerUrl) return workerUrl;
  const fromEnv = process.env.DUEBELL_IMPORT_WORKER;
  if (fromEnv) return pathToFileURL(fromEnv);
  return new URL('./import-worker.js', import.meta.url);
}

export async function readSpreadsheet(filePath: string, opts: ReadOptions = {}): Promise<Workbook> {
  return (await runRead(filePath, opts)).workbook;
}

export interface ReadLedgerOptions extends ReadOptions {
  mapping?: Mapping;
  headerRow?: number;
  layouts?: Record<string, Mapping>;
}

/** Reads and normalises in the worker: the main thread only receives the finished ledger. */
export async function readLedger(filePath: string, opts: ReadLedgerOptions = {}): Promise<ParsedLedger> {
  const ledger: NonNullable<WorkerRequest['ledger']> = {};
  if (opts.mapping !== undefined) ledger.mapping = opts.mapping;
  if (opts.headerRow !== undefined) ledger.headerRow = opts.headerRow;
  if (opts.layouts !== undefined) ledger.layouts = opts.layouts;
  const reply = await runRead(filePath, opts, ledger);
  if (!reply.ledger) throw new AppError('import_corrupt', { detail: 'the reader returned no ledger' });
  return unpackLedger(reply.ledger);
}

type Success = Extract<WorkerReply, { ok: true }>;

async function runRead(filePath: string, opts: ReadOptions, ledger?: WorkerRequest['ledger']): Promise<Success> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch (err) {
    throw new AppError('import_unreadable', { file: basename(filePath), detail: (err as Error).message });
  }
  if (size === 0) throw new AppError('import_empty');
  if (size > LIMITS.maxFileBytes) {
    throw new AppError('import_too_large', { what: 'file size', limit: `${LIMITS.maxFileBytes / 2 ** 20} MB` });
  }
  const request: WorkerRequest = { filePath };
  if (opts.sheet !== undefined) request.sheet = opts.sheet;
  if (ledger) request.ledger = ledger;
  return runWorker(request, opts.timeoutMs ?? LIMITS.defaultTimeoutMs);
}

function runWorker(request: WorkerRequest, timeoutMs: number): Promise<Success> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(resolveWorkerUrl(), {
        workerData: request,
        // A roomier young generation: SheetJS allocates millions of short-lived strings.
        resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 64 },
      });
    } catch (err) {
      reject(new AppError('internal', { detail: `import reader: ${(err as Error).message}` }));
      return;
    }
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new AppError('import_timeout', { seconds: Math.ceil(timeoutMs / 1000) })));
    }, timeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      finish(() => (reply.ok ? resolve(reply) : reject(new AppError(reply.code, reply.params))));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(new AppError('import_too_large', { what: 'memory', limit: `${LIMITS.workerHeapMb} MB` }));
        } else {
          // File problems come back as messages; an 'error' event means the reader itself failed
          // (e.g. the worker bundle is missing), which is not the bookkeeper's file's fault.
          reject(new AppError('internal', { detail: `import reader: ${err.message}` }));
        }
      });
    });
    worker.on('exit', (code) => {
      finish(() => reject(new AppError('internal', { detail: `import reader stopped (exit ${code})` })));
    });
  });
}
