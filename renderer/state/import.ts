import { create } from 'zustand';
import type { CommitResult, ImportField, ImportMapping, ImportRecord, PreviewResult } from '../../shared/contract/import';
import { api } from '../api';
import { ledgerActions } from './ledger';

export type ImportStep = 'choose' | 'preview' | 'committing' | 'done';
export type ProgressPhase = 'upload' | 'read' | 'plan' | 'write' | 'done';
export interface Progress {
  phase: ProgressPhase;
  done: number;
  total: number;
}

export interface ImportState {
  step: ImportStep;
  fileName: string | null;
  uploadId: string | null;
  busy: boolean;
  preview: PreviewResult | null;
  /** The mapping as edited in the column selects (applied by re-previewing). */
  mapping: ImportMapping;
  progress: Progress | null;
  result: CommitResult | null;
  undoneId: number | null;
  error: string | null;
  history: ImportRecord[] | null;
}

const initial = {
  step: 'choose' as ImportStep,
  fileName: null,
  uploadId: null,
  busy: false,
  preview: null,
  mapping: {},
  progress: null,
  result: null,
  undoneId: null,
  error: null,
};

const useImportStore = create<ImportState>(() => ({ ...initial, history: null }));
const set = useImportStore.setState;

/** FileReader → base64 (without the data: prefix), reporting read progress. */
function readBase64(file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

async function runPreview(input: { sheet?: string; mapping?: ImportMapping }): Promise<void> {
  const { uploadId } = useImportStore.getState();
  if (!uploadId) return;
  set({ busy: true, error: null, progress: { phase: 'read', done: 0, total: 1 } });
  const r = await api().call('import.preview', { uploadId, ...input });
  if (!r.ok) {
    set({ busy: false, progress: null, error: r.error.message });
    return;
  }
  set({ busy: false, progress: null, preview: r.value, mapping: r.value.mapping, step: 'preview' });
}

export const importActions = {
  async chooseFile(file: File): Promise<void> {
    set({ ...initial, fileName: file.name, busy: true, progress: { phase: 'upload', done: 0, total: file.size } });
    let data: string;
    try {
      data = await readBase64(file, (done, total) => set({ progress: { phase: 'upload', done, total } }));
    } catch (err) {
      set({ busy: false, progress: null, error: String(err) });
      return;
    }
    const up = await api().call('import.upload', { fileName: file.name, dataBase64: data });
    if (!up.ok) {
      set({ busy: false, progress: null, error: up.error.message });
      return;
    }
    set({ uploadId: up.value.uploadId });
    await runPreview({});
  },
  /** Another sheet: detected afresh (its columns differ). */
  chooseSheet: (sheet: string) => runPreview({ sheet }),
  setField(field: ImportField, column: number | null): void {
    const mapping = { ...useImportStore.getState().mapping };
    if (column === null) delete mapping[field];
    else {
      // One column feeds one field: taking it away from another field keeps the mapping valid.
      for (const [f, c] of Object.entries(mapping)) if (c === column) delete mapping[f as ImportField];
      mapping[field] = column;
    }
    set({ mapping });
  },
  applyMapping(): Promise<void> {
    const { preview, mapping } = useImportStore.getState();
    return runPreview({ mapping, ...(preview ? { sheet: preview.sheet } : {}) });
  },
  /** Row messages come translated from the core: after a language switch, preview again. */
  async relocalise(): Promise<void> {
    const { preview, step, busy } = useImportStore.getState();
    if (!preview || step !== 'preview' || busy) return;
    await runPreview({ sheet: preview.sheet, ...(preview.mappingSource === 'user' ? { mapping: preview.mapping } : {}) });
  },
  async commit(): Promise<void> {
    const { preview } = useImportStore.getState();
    if (!preview) return;
    set({ step: 'committing', error: null, progress: { phase: 'write', done: 0, total: preview.rows.created + preview.rows.updated + preview.rows.unchanged } });
    const r = await api().call('import.commit', { token: preview.token });
    if (!r.ok) {
      set({ step: 'preview', progress: null, error: r.error.message });
      return;
    }
    set({ step: 'done', result: r.value, progress: { phase: 'done', done: 1, total: 1 } });
    await Promise.all([ledgerActions.refresh(), importActions.loadHistory()]);
  },
  async undo(importId: number): Promise<void> {
    set({ error: null });
    const r = await api().call('import.undo', { importId });
    if (!r.ok) set({ error: r.error.message });
    else set({ undoneId: importId });
    await Promise.all([ledgerActions.refresh(), importActions.loadHistory()]);
  },
  async loadHistory(): Promise<void> {
    const r = await api().call('import.list', {});
    if (r.ok) set({ history: r.value.imports });
  },
  reset(): void {
    set({ ...initial });
  },
  /** Progress events from the core while a preview or commit runs. */
  subscribe(): () => void {
    return api().on((event) => {
      if (event.type !== 'import.progress') return;
      const { busy, step } = useImportStore.getState();
      if (!busy && step !== 'committing') return;
      set({ progress: event.payload as Progress });
    });
  },
};

export const useImportStep = () => useImportStore((s) => s.step);
export const useImportBusy = () => useImportStore((s) => s.busy);
export const useImportFileName = () => useImportStore((s) => s.fileName);
export const usePreview = () => useImportStore((s) => s.preview);
export const useEditedMapping = () => useImportStore((s) => s.mapping);
export const useImportProgress = () => useImportStore((s) => s.progress);
export const useImportResult = () => useImportStore((s) => s.result);
export const useUndoneId = () => useImportStore((s) => s.undoneId);
export const useImportError = () => useImportStore((s) => s.error);
export const useImportHistory = () => useImportStore((s) => s.history);
