import { z } from 'zod';
import { method } from './define';
import { id } from './schemas';

// Spreadsheet import: upload (UI) → preview (one parse, kept in memory under a token) → commit →
// undo. The field names mirror electron/import/types.ts FIELDS (shared/ cannot import electron/).
export const IMPORT_FIELDS = [
  'customerCode', 'name', 'mobile', 'contact', 'reference', 'issueDate', 'dueDate', 'amount', 'paid', 'balance',
] as const;
export const importField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importField>;

/** Field → 0-based column index. */
export const importMapping = z.partialRecord(importField, z.number().int().min(0).max(10_000));
export type ImportMapping = z.infer<typeof importMapping>;

/** Base64 of at most 100 MB of file bytes. */
export const MAX_UPLOAD_BASE64 = Math.ceil((100 * 1024 * 1024) / 3) * 4;

export const importCounts = z.object({
  read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const rejectedRow = z.object({ row: z.number().int(), reason: z.string(), message: z.string(), cells: z.array(z.string()) });
export const skippedRow = z.object({ row: z.number().int(), reason: z.string(), message: z.string() });
export const warningRow = z.object({ row: z.number().int(), reason: z.string(), message: z.string() });
export const rowStatus = z.enum(['create', 'update', 'unchanged', 'skipped', 'rejected']);
export type RowStatus = z.infer<typeof rowStatus>;
export const sampleRow = z.object({
  row: z.number().int(),
  status: rowStatus,
  reason: z.string().nullable(),
  message: z.string().nullable(),
  /** What an update changes: name, code, mobile, issueDate, dueDate, amount, paid. */
  changes: z.array(z.string()),
  cells: z.array(z.string()),
});
export type SampleRow = z.infer<typeof sampleRow>;

export const previewResult = z.object({
  token: z.string(),
  file: z.string(),
  format: z.string(),
  encoding: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: importMapping,
  mappingSource: z.enum(['auto', 'remembered', 'user']),
  missingFields: z.array(importField),
  layoutKey: z.string(),
  rows: importCounts,
  /** Payments the file reveals (its paid amount grew) and the reminders they would cancel. */
  payments: z.number().int(),
  remindersToCancel: z.number().int(),
  sample: z.array(sampleRow),
  rejected: z.array(rejectedRow),
  skipped: z.array(skippedRow),
  warnings: z.array(warningRow),
});
export type PreviewResult = z.infer<typeof previewResult>;

export const commitResult = z.object({
  importId: id,
  file: z.string(),
  sheet: z.string(),
  rows: importCounts,
  rejected: z.array(rejectedRow),
  skipped: z.array(skippedRow),
  payments: z.number().int(),
  remindersCancelled: z.number().int(),
});
export type CommitResult = z.infer<typeof commitResult>;

export const importRecord = z.object({
  id,
  file: z.string(),
  sheet: z.string().nullable(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  rows: importCounts,
  canUndo: z.boolean(),
  /** Why undo is refused (translated), when it is. */
  undoBlocked: z.string().nullable(),
});
export type ImportRecord = z.infer<typeof importRecord>;

const token = z.string().min(8).max(100);

export const importContract = {
  'import.upload': method(
    z.object({ fileName: z.string().trim().min(1).max(255), dataBase64: z.string().min(1).max(MAX_UPLOAD_BASE64, 'import_upload_too_large') }),
    z.object({ uploadId: z.string(), size: z.number().int() }),
  ),
  'import.preview': method(
    z
      .object({
        uploadId: token.optional(),
        path: z.string().min(1).max(4096).optional(),
        sheet: z.string().max(255).optional(),
        mapping: importMapping.optional(),
      })
      .refine((v) => (v.uploadId === undefined) !== (v.path === undefined), 'import_source_required'),
    previewResult,
  ),
  'import.commit': method(z.object({ token }), commitResult),
  'import.undo': method(z.object({ importId: id }), z.object({ importId: id, undoneAt: z.string() })),
  'import.list': method(z.object({}), z.object({ imports: z.array(importRecord) })),
};
