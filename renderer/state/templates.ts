import { create } from 'zustand';
import type { Output } from '../../shared/api';
import type { Stage } from '../../shared/compliance';
import type { Lang } from '../../shared/i18n/errors';
import { api } from '../api';

export type TemplateEntry = Output<'templates.get'>;
export type PreviewResult = Output<'templates.preview'>;
export type SaveNotice = { kind: 'saved' | 'unchanged' | 'reset'; version: number } | null;

export interface TemplatesState {
  stage: Stage;
  language: Lang;
  /** Server copies (template in force, versions, default) by `stage:language`. */
  entries: Record<string, TemplateEntry>;
  /** Edits not saved yet, by `stage:language`; switching stage keeps them. */
  drafts: Record<string, string>;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  notice: SaveNotice;
  /** The first ten overdue customers, for stepping the preview through. */
  customers: { id: number; name: string }[];
  customerIndex: number;
  preview: PreviewResult | null;
  previewError: string | null;
  previewLoading: boolean;
}

const keyOf = (stage: Stage, language: Lang) => `${stage}:${language}`;

const useTemplatesStore = create<TemplatesState>(() => ({
  stage: 'reminder1',
  language: 'zh-CN',
  entries: {},
  drafts: {},
  loadError: null,
  saving: false,
  saveError: null,
  notice: null,
  customers: [],
  customerIndex: 0,
  preview: null,
  previewError: null,
  previewLoading: false,
}));

const PREVIEW_DEBOUNCE_MS = 300;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewSeq = 0;

function current(): { key: string; entry: TemplateEntry | undefined; body: string | undefined } {
  const s = useTemplatesStore.getState();
  const key = keyOf(s.stage, s.language);
  const entry = s.entries[key];
  return { key, entry, body: s.drafts[key] ?? entry?.template.body };
}

function storeEntry(entry: TemplateEntry): void {
  const key = keyOf(entry.template.stage, entry.template.language);
  useTemplatesStore.setState((s) => ({ entries: { ...s.entries, [key]: entry } }));
}

async function fetchEntry(stage: Stage, language: Lang): Promise<void> {
  const r = await api().call('templates.get', { stage, language });
  if (!r.ok) {
    useTemplatesStore.setState({ loadError: r.error.message });
    return;
  }
  useTemplatesStore.setState({ loadError: null });
  storeEntry(r.value);
}

function dropDraft(key: string): void {
  useTemplatesStore.setState((s) => {
    const { [key]: _saved, ...rest } = s.drafts;
    return { drafts: rest };
  });
}

export const templatesActions = {
  /** Opens the editor: the chosen template, and the overdue customers for the preview. */
  async open(language: Lang): Promise<void> {
    // First visit: start in the interface language; later visits keep the user's choice.
    if (Object.keys(useTemplatesStore.getState().entries).length === 0) useTemplatesStore.setState({ language });
    const { stage, language: lang } = useTemplatesStore.getState();
    await Promise.all([fetchEntry(stage, lang), templatesActions.loadCustomers()]);
    templatesActions.refreshPreview();
  },
  async loadCustomers(): Promise<void> {
    const r = await api().call('customers.list', { filter: 'overdue', limit: 10 });
    if (r.ok) useTemplatesStore.setState({ customers: r.value.customers.map((c) => ({ id: c.id, name: c.name })), customerIndex: 0 });
  },
  async select(stage: Stage, language: Lang): Promise<void> {
    useTemplatesStore.setState({ stage, language, notice: null, saveError: null, preview: null });
    if (!useTemplatesStore.getState().entries[keyOf(stage, language)]) await fetchEntry(stage, language);
    templatesActions.refreshPreview();
  },
  setDraft(body: string): void {
    const { key } = current();
    useTemplatesStore.setState((s) => ({ drafts: { ...s.drafts, [key]: body }, notice: null, saveError: null }));
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => templatesActions.refreshPreview(), PREVIEW_DEBOUNCE_MS);
  },
  async save(): Promise<void> {
    const { key, body } = current();
    const { stage, language } = useTemplatesStore.getState();
    if (body === undefined) return;
    useTemplatesStore.setState({ saving: true, saveError: null, notice: null });
    const r = await api().call('templates.save', { stage, language, body });
    if (!r.ok) {
      useTemplatesStore.setState({ saving: false, saveError: r.error.message });
      return;
    }
    dropDraft(key);
    await fetchEntry(stage, language);
    useTemplatesStore.setState({ saving: false, notice: { kind: r.value.created ? 'saved' : 'unchanged', version: r.value.template.version } });
  },
  async reset(): Promise<void> {
    const { key } = current();
    const { stage, language } = useTemplatesStore.getState();
    useTemplatesStore.setState({ saving: true, saveError: null, notice: null });
    const r = await api().call('templates.reset', { stage, language });
    if (!r.ok) {
      useTemplatesStore.setState({ saving: false, saveError: r.error.message });
      return;
    }
    dropDraft(key);
    await fetchEntry(stage, language);
    useTemplatesStore.setState({ saving: false, notice: { kind: 'reset', version: r.value.template.version } });
    templatesActions.refreshPreview();
  },
  /** Puts an old version's text into the editor; saving it makes it the newest version. */
  restore(body: string): void {
    templatesActions.setDraft(body);
  },
  stepCustomer(delta: number): void {
    const { customers, customerIndex } = useTemplatesStore.getState();
    if (customers.length === 0) return;
    useTemplatesStore.setState({ customerIndex: (customerIndex + delta + customers.length) % customers.length });
    templatesActions.refreshPreview();
  },
  pickCustomer(index: number): void {
    useTemplatesStore.setState({ customerIndex: index });
    templatesActions.refreshPreview();
  },
  /** Renders the draft for the chosen customer on the server; a newer request wins over an older one. */
  refreshPreview(): void {
    clearTimeout(previewTimer);
    const { body } = current();
    const { stage, language, customers, customerIndex } = useTemplatesStore.getState();
    if (body === undefined) return;
    const seq = ++previewSeq;
    useTemplatesStore.setState({ previewLoading: true });
    void api()
      .call('templates.preview', { stage, language, body, customerId: customers[customerIndex]?.id })
      .then((r) => {
        if (seq !== previewSeq) return;
        if (r.ok) useTemplatesStore.setState({ preview: r.value, previewError: null, previewLoading: false });
        else useTemplatesStore.setState({ previewError: r.error.message, previewLoading: false });
      });
  },
  /** A ledger switch or a change elsewhere: forget the server copies (drafts stay). */
  invalidate(): void {
    useTemplatesStore.setState({ entries: {}, customers: [], preview: null });
  },
};

export const useTemplateStage = () => useTemplatesStore((s) => s.stage);
export const useTemplateLanguage = () => useTemplatesStore((s) => s.language);
export const useTemplateEntry = () => useTemplatesStore((s) => s.entries[keyOf(s.stage, s.language)]);
export const useDraft = () => useTemplatesStore((s) => s.drafts[keyOf(s.stage, s.language)] ?? s.entries[keyOf(s.stage, s.language)]?.template.body);
export const useTemplatesLoadError = () => useTemplatesStore((s) => s.loadError);
export const useTemplateSaving = () => useTemplatesStore((s) => s.saving);
export const useTemplateSaveError = () => useTemplatesStore((s) => s.saveError);
export const useTemplateNotice = () => useTemplatesStore((s) => s.notice);
export const usePreviewCustomers = () => useTemplatesStore((s) => s.customers);
export const usePreviewIndex = () => useTemplatesStore((s) => s.customerIndex);
export const usePreview = () => useTemplatesStore((s) => s.preview);
export const usePreviewError = () => useTemplatesStore((s) => s.previewError);
export const usePreviewLoading = () => useTemplatesStore((s) => s.previewLoading);
