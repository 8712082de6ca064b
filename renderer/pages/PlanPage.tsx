import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproveBar } from '../plan/ApproveBar';
import { AutopilotCard } from '../plan/AutopilotCard';
import { ExcludedList } from '../plan/ExcludedList';
import { MessageList } from '../plan/MessageList';
import { PlanSummary } from '../plan/PlanSummary';
import { PlanTabs } from '../plan/PlanTabs';
import { PlanToolbar } from '../plan/PlanToolbar';
import { SendPanel } from '../plan/SendPanel';
import { ConnectorBanner } from '../queue/ConnectorBanner';
import { useLang } from '../state/app';
import { planActions, usePlan } from '../state/plan';
import { queueActions } from '../state/queue';
import '../plan/plan.css';

export function PlanPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const result = usePlan((s) => s.result);
  const error = usePlan((s) => s.error);
  const stale = usePlan((s) => s.stale);
  const tab = usePlan((s) => s.tab);
  const queueAvailable = usePlan((s) => s.queueAvailable);

  useEffect(() => {
    void queueActions.refresh(); // the connector banner
    void planActions.syncStates();
  }, []);
  useEffect(() => {
    void planActions.ensureLang(lang);
  }, [lang]);

  let body: ReactNode;
  if (!result) {
    body = <p className="card muted plan-intro">{t('planPage.intro')}</p>;
  } else {
    body = (
      <>
        <PlanSummary plan={result} />
        <div className="plan-bar">
          <PlanTabs counts={{ messages: result.messages.length, excluded: result.excluded.length }} />
          {tab === 'messages' && <ApproveBar />}
        </div>
        <SendPanel />
        {tab === 'messages' ? <MessageList messages={result.messages} /> : <ExcludedList excluded={result.excluded} />}
      </>
    );
  }

  return (
    <section className="page page-fill plan-page" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">{t('planPage.title')}</h1>
          <p className="muted">{t('planPage.subtitle')}</p>
        </div>
        <PlanToolbar />
      </div>
      <ConnectorBanner />
      <AutopilotCard />
      {!queueAvailable && result && <p className="banner neutral">{t('planPage.noQueue')}</p>}
      {stale && (
        <div className="banner warn" role="status">
          <span>{t('planPage.stale')}</span>
          <button type="button" className="button small" onClick={() => void planActions.run()}>
            {t('planPage.rerun')}
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('planPage.loadFailed')}: {error}
        </p>
      )}
      {body}
    </section>
  );
}
