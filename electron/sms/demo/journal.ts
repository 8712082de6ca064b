// The demo phone's record of what "left": one JSON line per message, outside the database, flushed
// to disk (fsync) before send() reports success — so a crash test can count exactly what was sent
// and compare it with the ledger.

import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';

export interface JournalLine {
  messageId: number;
  to: string;
  text: string;
  at: string; // ISO instant
  providerId: string;
  parts: number;
}

export class Journal {
  private handle: Promise<FileHandle> | null = null;
  // Appends are chained so concurrent sends never interleave bytes within a line.
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly durable = true,
  ) {}

  append(line: JournalLine): Promise<void> {
    const run = this.tail.then(async () => {
      const fh = await this.file();
      await fh.write(`${JSON.stringify(line)}\n`);
      if (this.durable) await fh.sync();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.tail;
    const h = this.handle;
    this.handle = null;
    if (h) await (await h).close();
  }

  private file(): Promise<FileHandle> {
    this.handle ??= mkdir(dirname(this.path), { recursive: true }).then(() => open(this.path, 'a'));
    return this.handle;
  }
}

/** Reads a journal back; a torn last line (crash mid-write) is ignored, since it was never acknowledged. */
export async function readJournal(path: string): Promise<JournalLine[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    try {
      lines.push(JSON.parse(raw) as JournalLine);
    } catch {
      // torn line
    }
  }
  return lines;
}
