import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exclusion } from '../../shared/contract/plan';
import { VirtualRows } from '../components/VirtualRows';
import { planActions, usePlan } from '../state/plan';

/** Reason codes with their counts, most frequent first. */
function countReasons(excluded: Exclusion[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function ReasonChips({ excluded }: { excluded: Exclusion[] }) {
  const { t } = useTranslation();
  const filter = usePlan((s) => s.reasonFilter);
  const reasons = useMemo(() => countReasons(excluded), [excluded]);
  const chip = (reason: string | null, label: string, count: number) => (
    <button
      key={reason ?? 'all'}
      type="button"
      className={reason === filter ? 'chip active' : 'chip'}
      aria-pressed={reason === filter}
      data-reason={reason ?? 'all'}
      onClick={() => planActions.setReasonFilter(reason)}
    >
      {label}
      <span className="chip-count">{count}</span>
    </button>
  );
  return (
    <fieldset className="chips" aria-label={t('planPage.excludedFilter')} data-testid="reason-chips">
      {chip(null, t('planPage.excludedAll'), excluded.length)}
      {reasons.map(([reason, n]) => chip(reason, t(`planPage.reason.${reason}`, { defaultValue: reason }), n))}
    </fieldset>
  );
}

export function ExcludedList({ excluded }: { excluded: Exclusion[] }) {
  const { t } = useTranslation();
  const filter = usePlan((s) => s.reasonFilter);
  const rows = useMemo(() => (filter ? excluded.filter((e) => e.reason === filter) : excluded), [excluded, filter]);
  if (excluded.length === 0) return <p className="card muted">{t('planPage.noExcluded')}</p>;
  return (
    <>
      <ReasonChips excluded={excluded} />
      <div className="list">
        <div className="list-head excluded-row" aria-hidden="true">
          <span className="cell">{t('planPage.excludedColumns.customer')}</span>
          <span className="cell">{t('planPage.excludedColumns.reason')}</span>
        </div>
        <VirtualRows
          count={rows.length}
          estimate={48}
          testId="plan-excluded"
          rowKey={(i) => rows[i]?.customerId ?? i}
          renderRow={(i) => {
            const e = rows[i];
            if (!e) return null;
            return (
              <div className="row excluded-row" data-testid="excluded-row" data-reason={e.reason}>
                <span className="cell customer-name">{e.name}</span>
                <span className="cell reason-cell">
                  <span className="badge neutral">{t(`planPage.reason.${e.reason}`, { defaultValue: e.reason })}</span>
                  <span className="reason-text">{e.message}</span>
                </span>
              </div>
            );
          }}
        />
      </div>
    </>
  );
}
