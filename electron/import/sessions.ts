// Preview and commit share one parse: the ParsedLedger stays in memory under a random token
// until it is committed, replaced or expires. Uploaded files (from the UI) wait on disk under an
// upload id. Module-level, per process: a restart simply asks the user to choose the file again.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import './commit-messages';
import type { PreparedPlan } from './commit';
import type { ParsedLedger } from './types';

export interface ImportSession {
  parsed: ParsedLedger;
  /** The preview's plan, reused by commit when the ledger has not changed since. */
  prepared: PreparedPlan;
  /** The name people know the file by (an upload's original name, or the path's base name). */
  fileName: string;
  /** The ledger file it was previewed against: a commit into another ledger is refused. */
  dbPath: string;
  /** Where it came from, so a corrected mapping can re-read it. */
  source: { uploadId: string } | { path: string };
  expires: number;
}

interface Upload {
  path: string;
  fileName: string;
  expires: number;
}

const TTL_MS = 30 * 60 * 1000;
/** A 100,000-row ledger in memory is ~100 MB: keep only a few previews. */
const MAX_SESSIONS = 3;
const sessions = new Map<string, ImportSession>();
const uploads = new Map<string, Upload>();

const newId = () => randomBytes(16).toString('hex');

function sweep(now = Date.now()): void {
  for (const [k, s] of sessions) if (s.expires < now) sessions.delete(k);
  for (const [k, u] of uploads) {
    if (u.expires < now) {
      uploads.delete(k);
      rmSync(u.path, { force: true });
    }
  }
}

export function openSession(s: Omit<ImportSession, 'expires'>): string {
  sweep();
  while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  const token = newId();
  sessions.set(token, { ...s, expires: Date.now() + TTL_MS });
  return token;
}

export function getSession(token: string): ImportSession {
  sweep();
  const s = sessions.get(token);
  if (!s) throw new AppError('import_session_expired');
  return s;
}

export function closeSession(token: string): void {
  sessions.delete(token);
}

const cleanedDirs = new Set<string>();

/** Uploads left behind by an earlier run (it stopped before they expired) are removed once. */
function removeStale(dir: string): void {
  if (cleanedDirs.has(dir)) return;
  cleanedDirs.add(dir);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < Date.now() - TTL_MS) rmSync(path, { force: true });
    } catch {
      // Gone already or not ours to judge: leave it.
    }
  }
}

/** Stores uploaded bytes under the app-data dir, keeping the extension (the reader sniffs it). */
export function saveUpload(appDataDir: string, fileName: string, bytes: Buffer): string {
  sweep();
  const dir = join(appDataDir, 'imports', 'uploads');
  mkdirSync(dir, { recursive: true });
  removeStale(dir);
  const uploadId = newId();
  const ext = extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 8);
  const path = join(dir, `${uploadId}${ext}`);
  writeFileSync(path, bytes, { mode: 0o600 });
  uploads.set(uploadId, { path, fileName, expires: Date.now() + TTL_MS });
  return uploadId;
}

export function getUpload(uploadId: string): Upload {
  sweep();
  const u = uploads.get(uploadId);
  if (!u) throw new AppError('import_upload_not_found');
  return u;
}

/** After a commit the uploaded copy is no longer needed. */
export function dropUpload(uploadId: string): void {
  const u = uploads.get(uploadId);
  if (!u) return;
  uploads.delete(uploadId);
  rmSync(u.path, { force: true });
}
