import { useTranslation } from 'react-i18next';
import { hrefOf } from '../routes';
import { ledgerActions, useDemoError, useDemoLoading } from '../state/ledger';

/** First start: what to do next, and a safe way to try the app. */
export function EmptyState({ onAddCustomer }: { onAddCustomer: () => void }) {
  const { t } = useTranslation();
  const loading = useDemoLoading();
  const error = useDemoError();
  return (
    <div className="card empty" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.lead')}</p>
      <ol className="steps">
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="button primary large" disabled={loading} onClick={() => void ledgerActions.loadDemo()}>
          {loading ? t('empty.loadingDemo') : t('empty.loadDemo')}
        </button>
        <a className="button large" href={hrefOf('import')}>
          {t('empty.import')}
        </a>
        <button type="button" className="button large" onClick={onAddCustomer}>
          {t('ledger.addCustomer')}
        </button>
      </div>
      <p className="muted">{t('empty.demoHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
