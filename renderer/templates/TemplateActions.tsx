import { useTranslation } from 'react-i18next';
import { templatesActions, useTemplateNotice, useTemplateSaveError, useTemplateSaving } from '../state/templates';

/** Save (always a new version), reset to the built-in default, and what happened. */
export function TemplateActions({ dirty, isDefault }: { dirty: boolean; isDefault: boolean }) {
  const { t } = useTranslation();
  const saving = useTemplateSaving();
  const notice = useTemplateNotice();
  const error = useTemplateSaveError();
  return (
    <div className="form-actions start">
      <button type="button" className="button primary" disabled={saving || !dirty} onClick={() => void templatesActions.save()}>
        {saving ? t('templates.saving') : t('templates.save')}
      </button>
      <button type="button" className="button" disabled={saving || (isDefault && !dirty)} onClick={() => void templatesActions.reset()}>
        {t('templates.reset')}
      </button>
      {notice && (
        <span className="saved" role="status">
          {t(notice.kind === 'saved' ? 'templates.saved' : notice.kind === 'reset' ? 'templates.resetDone' : 'templates.unchanged', { version: notice.version })}
        </span>
      )}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
