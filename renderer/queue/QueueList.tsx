import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../components/VirtualRows';
import { queueActions, useQueue } from '../state/queue';
import { isCancellable } from './filter';
import { StageBadge } from './StageBadge';
import { StateBadge } from './StateBadge';
import type { QueueMessage } from './types';
import { useDateTime } from './useDateTime';

const Row = memo(function Row({ m, selected }: { m: QueueMessage; selected: boolean }) {
  const { t } = useTranslation();
  const time = useDateTime();
  const waiting = m.state === 'queued' && m.nextAttemptAt;
  return (
    <div className="row queue-row" data-testid="queue-row" data-message-id={m.id} data-state={m.state}>
      <span className="cell check-cell">
        <input
          type="checkbox"
          checked={selected}
          disabled={!isCancellable(m)}
          aria-label={t('queuePage.select', { name: m.customerName })}
          onChange={() => queueActions.toggleSelected(m.id)}
        />
      </span>
      <button type="button" className="row-head queue-row-main" aria-label={t('queuePage.open', { name: m.customerName })} onClick={() => queueActions.open(m.id)}>
        <span className="cell customer-name">{m.customerName}</span>
        <span className="cell mono">{m.to}</span>
        <span className="cell">
          <StageBadge stage={m.stage} />
        </span>
        <span className="cell">
          <StateBadge state={m.state} />
        </span>
        <span className="cell num">{m.attempts}</span>
        <span className="cell muted small">
          {waiting ? t('queuePage.nextAt', { time: time(m.nextAttemptAt) }) : t('queuePage.updatedAt', { time: time(m.updatedAt) })}
        </span>
      </button>
    </div>
  );
});

export function QueueList({ rows }: { rows: QueueMessage[] }) {
  const { t } = useTranslation();
  const selected = useQueue((s) => s.selected);
  return (
    <div className="list">
      <div className="list-head queue-row" aria-hidden="true">
        <span className="cell check-cell" />
        <span className="queue-row-main">
          <span className="cell">{t('queuePage.columns.customer')}</span>
          <span className="cell">{t('queuePage.columns.to')}</span>
          <span className="cell">{t('queuePage.columns.stage')}</span>
          <span className="cell">{t('queuePage.columns.state')}</span>
          <span className="cell num">{t('queuePage.columns.attempts')}</span>
          <span className="cell">{t('queuePage.columns.when')}</span>
        </span>
      </div>
      <VirtualRows
        count={rows.length}
        estimate={52}
        testId="queue-list"
        rowKey={(i) => rows[i]?.id ?? i}
        renderRow={(i) => {
          const m = rows[i];
          return m ? <Row m={m} selected={selected.includes(m.id)} /> : null;
        }}
      />
    </div>
  );
}
