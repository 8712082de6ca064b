import { useTranslation } from 'react-i18next';
import { hrefOf } from '../routes';
import { ProgressBar } from '../queue/ProgressBar';
import { SummaryLine } from '../queue/SummaryLine';
import { planActions, usePlan } from '../state/plan';

/** The progress bar while the approved messages go out, then what became of them. */
export function SendPanel() {
  const { t } = useTranslation();
  const phase = usePlan((s) => s.phase);
  const run = usePlan((s) => s.run);
  const summary = usePlan((s) => s.summary);
  const error = usePlan((s) => s.sendError);
  if (phase === 'sending' && run) {
    return (
      <div className="card send-panel" data-testid="send-panel">
        <ProgressBar done={run.done} total={run.total} label={t('planPage.sending', { done: run.done, total: run.total })} />
      </div>
    );
  }
  if (phase === 'done' && run && summary) {
    return (
      <div className="card send-panel" data-testid="send-panel">
        <ProgressBar done={run.total} total={run.total} label={t('planPage.finished', { done: run.total, total: run.total })} />
        <div className="send-result">
          <strong>{t('planPage.doneTitle')}</strong>
          <SummaryLine summary={summary} />
          <span className="spacer" />
          <a className="button small" href={hrefOf('queue')}>
            {t('planPage.goQueue')}
          </a>
          <button type="button" className="button small" onClick={() => planActions.dismissSummary()}>
            {t('planPage.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  if (phase === 'error' && error) {
    return (
      <div className="card send-panel" role="alert">
        <p className="form-error">
          {t('planPage.errorTitle')}: {error}
        </p>
        <div className="send-result">
          <a className="button small" href={hrefOf('queue')}>
            {t('planPage.goQueue')}
          </a>
          <button type="button" className="button small" onClick={() => planActions.dismissSummary()}>
            {t('planPage.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
