import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../shared/contract/ledger';
import { ledgerActions, useExpanded } from '../state/ledger';
import { CustomerDetailPanel } from './CustomerDetailPanel';
import type { OpenDialog } from './Dialogs';
import { StatusBadges } from './StatusBadges';
import { useMoney } from './useMoney';

const ROW_HEIGHT = 56;

const RowHead = memo(function RowHead({ c, expanded }: { c: CustomerRow; expanded: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <button
      type="button"
      className="row-head"
      aria-expanded={expanded}
      aria-label={t('ledger.expand', { name: c.name })}
      onClick={() => ledgerActions.toggle(c.id)}
    >
      <span className="cell cell-name">
        <span className="chevron" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <span className="name-text">
          <span className="customer-name">{c.name}</span>
          {c.code && <span className="customer-code">{c.code}</span>}
        </span>
      </span>
      <span className="cell mono">{c.phoneRaw ?? c.mobile ?? <span className="muted">{t('ledger.noMobile')}</span>}</span>
      <span className="cell num">{money(c.balanceCents)}</span>
      <span className={c.overdueCents > 0 ? 'cell num danger-text' : 'cell num muted'}>{c.overdueCents > 0 ? money(c.overdueCents) : '—'}</span>
      <span className="cell num">{c.daysOverdue > 0 ? t('ledger.days', { count: c.daysOverdue }) : t('ledger.notOverdue')}</span>
      <span className="cell">
        <StatusBadges customer={c} />
      </span>
    </button>
  );
});

function ColumnHeads() {
  const { t } = useTranslation();
  return (
    <div className="list-head" aria-hidden="true">
      <span className="cell cell-name">{t('ledger.columns.customer')}</span>
      <span className="cell">{t('ledger.columns.mobile')}</span>
      <span className="cell num">{t('ledger.columns.balance')}</span>
      <span className="cell num">{t('ledger.columns.overdue')}</span>
      <span className="cell num">{t('ledger.columns.days')}</span>
      <span className="cell">{t('ledger.columns.status')}</span>
    </div>
  );
}

/** Renders only the rows on screen, so 20,000 customers scroll as smoothly as 20. */
export function CustomerList({ rows, openDialog }: { rows: CustomerRow[]; openDialog: OpenDialog }) {
  const parentRef = useRef<HTMLDivElement>(null);
  const expanded = useExpanded();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  return (
    <div className="list">
      <ColumnHeads />
      <div ref={parentRef} className="list-scroll" data-testid="customer-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = rows[item.index];
            if (!c) return null;
            const isOpen = expanded.includes(c.id);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={isOpen ? 'row open' : 'row'}
                data-testid="customer-row"
                data-customer-id={c.id}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <RowHead c={c} expanded={isOpen} />
                {isOpen && <CustomerDetailPanel id={c.id} openDialog={openDialog} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
