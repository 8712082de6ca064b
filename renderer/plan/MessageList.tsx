import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedMessage } from '../../shared/contract/plan';
import { VirtualRows } from '../components/VirtualRows';
import { useMoney } from '../ledger/useMoney';
import { StageBadge } from '../queue/StageBadge';
import { StateBadge } from '../queue/StateBadge';
import { planActions, usePlan } from '../state/plan';
import { MessageDetail } from './MessageDetail';

const Row = memo(function Row({ m, open, ticked, locked }: { m: PlannedMessage; open: boolean; ticked: boolean; locked: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const selectable = m.state === 'planned';
  return (
    <div className={open ? 'row open' : 'row'} data-testid="plan-message" data-message-id={m.id} data-state={m.state}>
      <div className="plan-row">
        <span className="cell check-cell">
          <input
            type="checkbox"
            checked={selectable ? ticked : m.state !== 'cancelled'}
            disabled={!selectable || locked}
            aria-label={t('planPage.include', { name: m.customerName })}
            onChange={() => planActions.toggleDropped(m.id)}
          />
        </span>
        <button type="button" className="row-head plan-row-main" aria-expanded={open} aria-label={t('planPage.expand', { name: m.customerName })} onClick={() => planActions.toggleExpanded(m.id)}>
          <span className="cell cell-name">
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="customer-name">{m.customerName}</span>
          </span>
          <span className="cell mono">{m.to}</span>
          <span className="cell">
            <StageBadge stage={m.stage} />
          </span>
          <span className="cell num">{money(m.amountCents)}</span>
          <span className="cell num">{m.parts}</span>
          <span className="cell">
            <StateBadge state={m.state} />
          </span>
        </button>
      </div>
      {open && <MessageDetail m={m} />}
    </div>
  );
});

function Heads() {
  const { t } = useTranslation();
  return (
    <div className="list-head plan-row" aria-hidden="true">
      <span className="cell check-cell" />
      <span className="plan-row-main">
        <span className="cell cell-name">{t('planPage.columns.customer')}</span>
        <span className="cell">{t('planPage.columns.to')}</span>
        <span className="cell">{t('planPage.columns.stage')}</span>
        <span className="cell num">{t('planPage.columns.amount')}</span>
        <span className="cell num">{t('planPage.columns.parts')}</span>
        <span className="cell">{t('planPage.columns.state')}</span>
      </span>
    </div>
  );
}

export function MessageList({ messages }: { messages: PlannedMessage[] }) {
  const { t } = useTranslation();
  const expanded = usePlan((s) => s.expanded);
  const dropped = usePlan((s) => s.dropped);
  const locked = usePlan((s) => s.phase === 'approving' || s.phase === 'sending');
  if (messages.length === 0) return <p className="card muted">{t('planPage.noMessages')}</p>;
  return (
    <div className="list">
      <Heads />
      <VirtualRows
        count={messages.length}
        estimate={56}
        testId="plan-messages"
        rowKey={(i) => messages[i]?.id ?? i}
        renderRow={(i) => {
          const m = messages[i];
          return m ? <Row m={m} open={expanded.includes(m.id)} ticked={!dropped.includes(m.id)} locked={locked} /> : null;
        }}
      />
    </div>
  );
}
