import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Ctx } from '../core/context';
import type { HandlerPart } from '../core/registry';
import { commitImport, previewImport } from '../import/commit';
import { listImportRows, readCounts, rememberedLayouts } from '../import/imports-repo';
import { parseLedgerFile } from '../import/index';
import { LIMITS } from '../import/limits';
import { closeSession, dropUpload, getSession, getUpload, openSession, saveUpload } from '../import/sessions';
import { issueOut, rejectedOut } from '../import/summary';
import { undoBlocker, undoImport } from '../import/undo';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Progress for the UI's bar: phases in order, `done`/`total` rows inside the write phase. */
const progress = (ctx: Ctx, payload: { phase: 'read' | 'plan' | 'write' | 'done'; done: number; total: number }) =>
  ctx.emit('import.progress', payload);

export const importHandlers: HandlerPart = {
  'import.upload': ({ fileName, dataBase64 }, ctx) => {
    if (!BASE64.test(dataBase64)) throw new AppError('import_upload_invalid');
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > LIMITS.maxFileBytes) throw new AppError('import_upload_too_large');
    return { uploadId: saveUpload(ctx.appDataDir, basename(fileName), bytes), size: bytes.length };
  },

  'import.preview': async ({ uploadId, path, sheet, mapping }, ctx) => {
    const upload = uploadId !== undefined ? getUpload(uploadId) : undefined;
    const filePath = upload?.path ?? resolve(path ?? '');
    const fileName = upload?.fileName ?? basename(filePath);
    progress(ctx, { phase: 'read', done: 0, total: 1 });
    const parsed = await parseLedgerFile(filePath, {
      ...(sheet !== undefined ? { sheet } : {}),
      ...(mapping !== undefined ? { mapping } : { layouts: rememberedLayouts(ctx.db) }),
    });
    parsed.file = fileName;
    progress(ctx, { phase: 'plan', done: 0, total: parsed.rows.length });
    const { body, prepared } = previewImport(ctx.db, parsed, ctx.lang);
    const source = uploadId !== undefined ? { uploadId } : { path: filePath };
    const token = openSession({ parsed, prepared, fileName, dbPath: ctx.dbPath, source });
    return { token, ...body };
  },

  'import.commit': ({ token }, ctx) => {
    const session = getSession(token);
    if (session.dbPath !== ctx.dbPath) throw new AppError('import_session_expired');
    const { parsed } = session;
    const outcome = commitImport(ctx.db, parsed, {
      fileName: session.fileName,
      today: ctx.today(),
      nowIso: ctx.nowIso(),
      currency: ctx.settings().currency,
      onProgress: (done, total) => progress(ctx, { phase: 'write', done, total }),
    }, session.prepared);
    closeSession(token);
    if ('uploadId' in session.source) dropUpload(session.source.uploadId);
    progress(ctx, { phase: 'done', done: 1, total: 1 });
    ctx.emit('ledger.changed', { importId: outcome.importId });
    const { payments, remindersCancelled, ...rows } = outcome.counts;
    return {
      importId: outcome.importId,
      file: session.fileName,
      sheet: parsed.sheet,
      rows,
      rejected: outcome.plan.rejected.map((r) => rejectedOut(r, ctx.lang)),
      skipped: parsed.skipped.map((s) => issueOut(s, ctx.lang)),
      payments,
      remindersCancelled,
    };
  },

  'import.undo': ({ importId }, ctx) => {
    const undoneAt = ctx.nowIso();
    undoImport(ctx.db, importId, undoneAt);
    ctx.emit('ledger.changed', { importId });
    return { importId, undoneAt };
  },

  'import.list': (_input, ctx) => ({
    imports: listImportRows(ctx.db).map((r) => {
      const blocker = r.undone_at ? null : undoBlocker(ctx.db, r.id);
      return {
        id: r.id,
        file: r.file_name,
        sheet: r.sheet,
        createdAt: r.created_at,
        undoneAt: r.undone_at,
        rows: readCounts(r.counts_json),
        canUndo: !r.undone_at && blocker === null,
        undoBlocked: blocker ? blocker.translated(ctx.lang) : null,
      };
    }),
  }),
};
