// What a file really is, from its bytes (the extension only decides between "corrupt" and
// "unsupported"). Zip central directories are read here so a zip bomb is refused by the sizes it
// declares, before anything is inflated.
import { AppError } from '../../shared/errors';
import { CFB } from './cfb';
import { LIMITS } from './limits';
import type { SpreadsheetFormat } from './types';

export type Container = 'zip' | 'cfb' | 'text';
export interface Sniffed {
  format: SpreadsheetFormat;
  container: Container;
}

const SPREADSHEET_EXT = /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i;
const ODS_MIME = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function sniff(bytes: Uint8Array, fileName: string): Sniffed {
  if (bytes.length === 0) throw new AppError('import_empty');
  const known = SPREADSHEET_EXT.test(fileName);
  const refuse = (detail: string) => new AppError(known ? 'import_corrupt' : 'import_unsupported', { detail });
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: sniffZip(bytes, refuse), container: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { format: sniffCfb(bytes, refuse), container: 'cfb' };
  }
  if (looksBinary(bytes)) throw refuse('binary data');
  if (/\.(xlsx|xlsm|ods)$/i.test(fileName)) throw new AppError('import_corrupt', { detail: 'text in a workbook file' });
  // "xls" files that are really HTML or SpreadsheetML tables, as some accounting software writes.
  if (/\.xls$/i.test(fileName)) return { format: 'xls', container: 'text' };
  return { format: 'csv', container: 'text' };
}

function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

interface ZipEntry {
  name: string;
  size: number;
}

/** Entries of a zip's central directory; null when there is none (truncated file). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLen > bytes.length) return null;
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)), size });
    at += 46 + nameLen + extra + comment;
  }
  return entries;
}

function sniffZip(bytes: Uint8Array, refuse: (d: string) => AppError): SpreadsheetFormat {
  const entries = zipEntries(bytes);
  if (!entries) throw new AppError('import_corrupt', { detail: 'truncated zip' });
  // 0xFFFFFFFF marks a zip64 size: far beyond any ledger, so it counts as too large.
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > LIMITS.maxUnzippedBytes) {
    throw new AppError('import_too_large', { what: 'unzipped size', limit: `${LIMITS.maxUnzippedBytes / 2 ** 20} MB` });
  }
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '').toLowerCase()));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + ODS_MIME.length));
  if (head === ODS_MIME || (names.has('content.xml') && names.has('mimetype'))) return 'ods';
  throw refuse('zip without a workbook');
}

function sniffCfb(bytes: Uint8Array, refuse: (d: string) => AppError): SpreadsheetFormat {
  let names: string[];
  try {
    const cfb = CFB.read(bytes, { type: 'buffer' });
    names = cfb.FullPaths.map((p) => p.split('/').filter(Boolean).pop() ?? '');
  } catch (err) {
    throw new AppError('import_corrupt', { detail: (err as Error).message });
  }
  // An encrypted OOXML file is a CFB holding EncryptionInfo + EncryptedPackage ([MS-OFFCRYPTO]).
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) throw new AppError('import_encrypted');
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  throw refuse('compound file without a workbook');
}
