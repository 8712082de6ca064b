import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { queueActions, useQueue } from '../state/queue';
import { isCancellable } from './filter';
import { ResolveUncertain } from './ResolveUncertain';
import { StageBadge } from './StageBadge';
import { StateBadge } from './StateBadge';
import type { QueueEvent, QueueMessage } from './types';
import { useDateTime } from './useDateTime';

function Facts({ m }: { m: QueueMessage }) {
  const { t } = useTranslation();
  const time = useDateTime();
  const waiting = m.state === 'queued' && m.nextAttemptAt;
  const rows: [string, ReactNode][] = [
    ['to', <span key="to" className="mono">{m.to}</span>],
    ['stage', <StageBadge key="stage" stage={m.stage} />],
    ['state', <StateBadge key="state" state={m.state} />],
    ['parts', `${m.parts} · ${m.encoding}`],
    ['attempts', String(m.attempts)],
  ];
  if (m.nextAttemptAt) rows.push(['nextAttempt', waiting ? t('queuePage.waitingUntil', { time: time(m.nextAttemptAt) }) : time(m.nextAttemptAt)]);
  if (m.reason) rows.push(['reason', m.reason]);
  if (m.connector) rows.push(['connector', m.connector]);
  if (m.providerId) rows.push(['providerId', <span key="providerId" className="mono">{m.providerId}</span>]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="fact" data-fact={k}>
          <dt>{t(`queuePage.detail.${k}`)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An event's detail as key/value text; the exact text is shown once, above the history. */
function detailEntries(detail: Record<string, unknown>): [string, string][] {
  return Object.entries(detail)
    .filter(([k, v]) => k !== 'text' && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
}

function Events({ events }: { events: QueueEvent[] }) {
  const { t } = useTranslation();
  const time = useDateTime();
  if (events.length === 0) return <p className="muted small">{t('queuePage.detail.noEvents')}</p>;
  return (
    <ol className="events" data-testid="message-events">
      {events.map((e) => (
        <li key={`${e.at}-${e.from ?? ''}-${e.to}`}>
          <time className="mono event-time" dateTime={e.at}>
            {time(e.at)}
          </time>
          <span className="event-states">
            {e.from && <StateBadge state={e.from} />}
            {e.from && <span aria-hidden="true">→</span>}
            <StateBadge state={e.to} />
          </span>
          <span className="muted small event-detail">
            {t('queuePage.detail.actor', { actor: e.actor })}
            {detailEntries(e.detail).map(([k, v]) => (
              <span key={k} className="event-kv" title={v}>
                {' · '}
                {k}: {v.length > 60 ? `${v.slice(0, 60)}…` : v}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** One message: its text, facts, every state change with its time, and what a person may do. */
export function MessageDialog() {
  const { t } = useTranslation();
  const openId = useQueue((s) => s.openId);
  const detail = useQueue((s) => s.detail);
  const busy = useQueue((s) => s.busy);
  const listed = useQueue((s) => s.messages?.find((m) => m.id === s.openId) ?? null);
  if (openId === null || !detail) return null;
  const name = detail.status === 'ready' ? detail.message.customerName : (listed?.customerName ?? '');
  return (
    <Dialog title={t('queuePage.detail.title', { name })} onClose={() => queueActions.close()} wide>
      {detail.status === 'loading' && <p className="muted">{t('queuePage.detail.loading')}</p>}
      {detail.status === 'error' && <p className="form-error">{detail.message}</p>}
      {detail.status === 'ready' && (
        <div className="stack message-detail" data-testid="queue-detail">
          {detail.message.state === 'uncertain' && <ResolveUncertain id={detail.message.id} />}
          <section>
            <h3>{t('queuePage.detail.text')}</h3>
            <p className="sms-text">{detail.message.text}</p>
          </section>
          <Facts m={detail.message} />
          <section>
            <h3>{t('queuePage.detail.events')}</h3>
            <Events events={detail.events} />
          </section>
          {isCancellable(detail.message) && (
            <div className="form-actions start">
              <button type="button" className="button" disabled={busy} onClick={() => void queueActions.cancel([detail.message.id])} data-testid="cancel-one">
                {t('queuePage.detail.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
