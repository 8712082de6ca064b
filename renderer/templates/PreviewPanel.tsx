import { useTranslation } from 'react-i18next';
import { useMoney } from '../ledger/useMoney';
import {
  templatesActions,
  usePreview,
  usePreviewCustomers,
  usePreviewError,
  usePreviewIndex,
  usePreviewLoading,
} from '../state/templates';

/** The draft rendered by the server for a real overdue customer, exactly as it would be sent. */
export function PreviewPanel() {
  const { t } = useTranslation();
  const money = useMoney();
  const customers = usePreviewCustomers();
  const index = usePreviewIndex();
  const preview = usePreview();
  const error = usePreviewError();
  const loading = usePreviewLoading();
  // The length line already says what SMS-00 says.
  const hints = preview?.hints.filter((h) => h.rule !== 'SMS-00') ?? [];
  return (
    <section className="card tpl-preview" aria-labelledby="tpl-preview-title" data-testid="tpl-preview" aria-busy={loading}>
      <div className="tpl-preview-head">
        <h2 id="tpl-preview-title">{t('templates.preview.title')}</h2>
        {customers.length > 0 && (
          <div className="tpl-stepper">
            <button type="button" className="button small" onClick={() => templatesActions.stepCustomer(-1)} aria-label={t('templates.preview.prev')}>
              ‹
            </button>
            <label className="sr-only" htmlFor="tpl-customer">
              {t('templates.preview.customer')}
            </label>
            <select id="tpl-customer" value={index} onChange={(e) => templatesActions.pickCustomer(Number(e.target.value))}>
              {customers.map((c, i) => (
                <option key={c.id} value={i}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="button" className="button small" onClick={() => templatesActions.stepCustomer(1)} aria-label={t('templates.preview.next')}>
              ›
            </button>
            <span className="muted small">{t('templates.preview.position', { index: index + 1, total: customers.length })}</span>
          </div>
        )}
      </div>
      {customers.length === 0 && <p className="small muted">{t('templates.preview.sample')}</p>}
      {error && <p className="form-error">{error}</p>}
      {!preview && !error && <p className="muted small">{t('templates.preview.loading')}</p>}
      {preview?.text != null && (
        <>
          <p className="tpl-bubble" data-testid="tpl-preview-text">
            {preview.text}
          </p>
          {preview.sms && (
            <p className="small muted">
              {t('templates.preview.parts', { encoding: preview.sms.encoding, parts: preview.sms.parts, cost: money(preview.sms.costCents) })}
            </p>
          )}
        </>
      )}
      {preview && preview.missing.length > 0 && (
        <p className="form-error" data-testid="tpl-preview-missing">
          {t('templates.preview.missing', { names: preview.missing.map((m) => `{{${m}}}`).join(' ') })}
        </p>
      )}
      {hints.length > 0 && (
        <div className="tpl-preview-hints">
          <h3 className="tpl-preview-hints-title">{t('templates.preview.hints')}</h3>
          <ul>
            {hints.map((h) => (
              <li key={`${h.rule}-${h.start}`} className={`tpl-line ${h.severity}`}>
                <span className="tpl-rule">{h.rule}</span> {h.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
