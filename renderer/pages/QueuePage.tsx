import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectorBanner } from '../queue/ConnectorBanner';
import { countStates, filterMessages, isCancellable } from '../queue/filter';
import { MessageDialog } from '../queue/MessageDialog';
import { QueueBanners } from '../queue/QueueBanners';
import { QueueList } from '../queue/QueueList';
import { QueueToolbar } from '../queue/QueueToolbar';
import { StateChips } from '../queue/StateChips';
import { queueActions, useQueue } from '../state/queue';
import '../plan/plan.css';
import '../queue/queue.css';

export function QueuePage() {
  const { t } = useTranslation();
  const messages = useQueue((s) => s.messages);
  const loadError = useQueue((s) => s.loadError);
  const available = useQueue((s) => s.available);
  const filter = useQueue((s) => s.filter);
  const selected = useQueue((s) => s.selected);
  const busy = useQueue((s) => s.busy);
  useEffect(() => {
    void queueActions.refresh();
  }, []);
  const all = messages ?? [];
  const counts = useMemo(() => countStates(all), [all]);
  const rows = useMemo(() => filterMessages(all, filter), [all, filter]);
  const cancellable = useMemo(() => all.filter(isCancellable).length, [all]);

  let body: ReactNode;
  if (!available) body = <p className="card muted">{t('queuePage.unavailable')}</p>;
  else if (loadError && !messages)
    body = (
      <div className="card" role="alert">
        <p className="form-error">
          {t('queuePage.loadFailed')}: {loadError}
        </p>
        <button type="button" className="button" onClick={() => void queueActions.refresh()}>
          {t('app.retry')}
        </button>
      </div>
    );
  else if (!messages) body = <p className="muted">{t('app.loading')}</p>;
  else if (messages.length === 0) body = <p className="card muted queue-empty">{t('queuePage.empty')}</p>;
  else
    body = (
      <>
        <QueueBanners uncertain={counts.uncertain ?? 0} />
        <div className="plan-bar">
          <StateChips counts={counts} total={all.length} />
          {selected.length > 0 && (
            <button type="button" className="button small" disabled={busy} onClick={() => void queueActions.cancel(selected)} data-testid="cancel-selected">
              {t('queuePage.cancelSelected', { count: selected.length })}
            </button>
          )}
        </div>
        <p className="muted small" aria-live="polite" data-testid="queue-count">
          {t('queuePage.count', { shown: rows.length, total: all.length })}
        </p>
        {rows.length === 0 ? <p className="card muted">{t('queuePage.noMatch')}</p> : <QueueList rows={rows} />}
      </>
    );

  return (
    <section className="page page-fill queue-page" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">{t('queuePage.title')}</h1>
          <p className="muted">{t('queuePage.subtitle')}</p>
        </div>
        {available && messages && messages.length > 0 && <QueueToolbar cancellable={cancellable} />}
      </div>
      <ConnectorBanner />
      {body}
      <MessageDialog />
    </section>
  );
}
