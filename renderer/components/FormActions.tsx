import { useTranslation } from 'react-i18next';

interface Props {
  busy: boolean;
  onCancel: () => void;
  submitLabel?: string;
  error?: string | null;
}

/** The bottom of every dialog form: a form-level error, Cancel, and the submit (Enter) button. */
export function FormActions({ busy, onCancel, submitLabel, error }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('app.saving') : (submitLabel ?? t('app.save'))}
        </button>
      </div>
    </>
  );
}
