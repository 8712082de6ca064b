import { useTranslation } from 'react-i18next';
import { queueActions, useQueue } from '../state/queue';
import { ProgressBar } from './ProgressBar';
import { SummaryLine } from './SummaryLine';

/** Paused, uncertain messages to decide, the send in progress, the last run's outcome. */
export function QueueBanners({ uncertain }: { uncertain: number }) {
  const { t } = useTranslation();
  const paused = useQueue((s) => s.status?.paused ?? false);
  const sending = useQueue((s) => s.sending);
  const run = useQueue((s) => s.run);
  const summary = useQueue((s) => s.lastSummary);
  const actionError = useQueue((s) => s.actionError);
  return (
    <>
      {paused && (
        <p className="banner neutral" role="status" data-testid="paused-banner">
          {t('queuePage.paused')}
        </p>
      )}
      {uncertain > 0 && (
        <div className="banner warn" role="status" data-testid="uncertain-banner">
          <span>{t('queuePage.uncertainBanner', { count: uncertain })}</span>
          <button type="button" className="button small" onClick={() => queueActions.setFilter('uncertain')}>
            {t('queuePage.showUncertain')}
          </button>
        </div>
      )}
      {run && run.total > 0 && (
        <div className="card send-panel">
          <ProgressBar done={run.done} total={run.total} label={t('queuePage.sending', { done: run.done, total: run.total })} />
        </div>
      )}
      {!run && sending && <p className="banner neutral">{t('queuePage.sendingNow')}</p>}
      {summary && (
        <div className="banner neutral" data-testid="work-summary">
          <span>{t('queuePage.workDone')}</span>
          <SummaryLine summary={summary} />
          <button type="button" className="button small" onClick={() => queueActions.dismissSummary()}>
            {t('queuePage.dismiss')}
          </button>
        </div>
      )}
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
    </>
  );
}
