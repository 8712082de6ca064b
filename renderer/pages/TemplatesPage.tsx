import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Hint } from '../../shared/compliance';
import type { PlaceholderName } from '../../shared/template';
import { LANGS } from '../i18n';
import { useLang } from '../state/app';
import { useTotals } from '../state/ledger';
import { useSettings } from '../state/settings';
import {
  templatesActions,
  useDraft,
  useTemplateEntry,
  useTemplateLanguage,
  useTemplatesLoadError,
  useTemplateStage,
} from '../state/templates';
import { HighlightedEditor } from '../templates/HighlightedEditor';
import { HintsPanel } from '../templates/HintsPanel';
import { liveCheck } from '../templates/live-check';
import { PlaceholderMenu } from '../templates/PlaceholderMenu';
import { PreviewPanel } from '../templates/PreviewPanel';
import { SmsCounter } from '../templates/SmsCounter';
import { VersionHistory } from '../templates/VersionHistory';
import { TemplateActions } from '../templates/TemplateActions';
import '../templates/templates.css';

export function TemplatesPage() {
  const { t } = useTranslation();
  const uiLang = useLang();
  const stage = useTemplateStage();
  const language = useTemplateLanguage();
  const entry = useTemplateEntry();
  const draft = useDraft();
  const settings = useSettings();
  const totals = useTotals();
  const loadError = useTemplatesLoadError();
  const editor = useRef<HTMLTextAreaElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: opened once; the language only picks the first template shown
  useEffect(() => {
    void templatesActions.open(uiLang);
  }, []);
  // Server-side preview hints are translated per call: ask again in the new language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the interface language changes
  useEffect(() => {
    templatesActions.refreshPreview();
  }, [uiLang]);

  // Every keystroke: the checks run here, in the renderer, not on the server.
  const check = useMemo(
    () => (settings && draft !== undefined ? liveCheck({ body: draft, stage, language, settings }) : null),
    [draft, stage, language, settings],
  );

  const selectSpan = (h: Hint) => {
    const el = editor.current;
    if (!el || h.end <= h.start) return;
    el.focus();
    el.setSelectionRange(h.start, h.end);
  };

  const insert = (name: PlaceholderName) => {
    const el = editor.current;
    if (!el || draft === undefined) return;
    const token = `{{${name}}}`;
    const start = el.selectionStart ?? draft.length;
    const end = el.selectionEnd ?? draft.length;
    templatesActions.setDraft(draft.slice(0, start) + token + draft.slice(end));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <section className="page tpl-page" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">{t('templates.title')}</h1>
          <p className="muted">{t('templates.subtitle')}</p>
        </div>
      </div>

      <div className="tpl-picker">
        <fieldset className="segmented" aria-label={t('templates.stage')}>
          {STAGES.map((s) => (
            <button key={s} type="button" className={s === stage ? 'segment active' : 'segment'} aria-pressed={s === stage} onClick={() => void templatesActions.select(s, language)}>
              {t(`templates.stages.${s}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="segmented" aria-label={t('templates.language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" className={l === language ? 'segment active' : 'segment'} aria-pressed={l === language} onClick={() => void templatesActions.select(stage, l)}>
              {t(`templates.langs.${l}`)}
            </button>
          ))}
        </fieldset>
      </div>

      {loadError && <p className="form-error">{t('templates.loadFailed')}: {loadError}</p>}
      {!entry || draft === undefined || !check ? (
        !loadError && <p className="muted">{t('app.loading')}</p>
      ) : (
        <div className="tpl-grid">
          <div className="tpl-main">
            <section className="card tpl-edit" data-testid="tpl-edit">
              <div className="tpl-toolbar">
                <label htmlFor="tpl-body" className="tpl-label">
                  {t('templates.editor')}
                </label>
                <span className="badge neutral">{t('templates.version', { version: entry.template.version })}</span>
                {entry.template.isDefault && draft === entry.template.body && <span className="badge accent">{t('templates.defaultBadge')}</span>}
                {draft !== entry.template.body && <span className="badge warn">{t('templates.unsaved')}</span>}
                <span className="tpl-spacer" />
                <PlaceholderMenu lang={uiLang} onInsert={insert} />
              </div>
              <HighlightedEditor ref={editor} id="tpl-body" value={draft} hints={check.hints} onChange={templatesActions.setDraft} />
              {check.worst === 'block' && <p className="tpl-blocked">{t('templates.blockedNote')}</p>}
              <TemplateActions dirty={draft !== entry.template.body} isDefault={draft === entry.defaultBody} />
            </section>
            <SmsCounter check={check} overdueCustomers={totals?.overdueCustomers ?? null} />
            <PreviewPanel />
          </div>
          <aside className="tpl-side">
            <HintsPanel hints={check.hints} lang={uiLang} onSelect={selectSpan} />
            <VersionHistory entry={entry} onRestore={templatesActions.restore} />
          </aside>
        </div>
      )}
    </section>
  );
}
