import { useTranslation } from 'react-i18next';
import { queueActions, useQueue } from '../state/queue';
import { visibleStates } from './filter';
import type { StateCounts } from './types';

export function StateChips({ counts, total }: { counts: StateCounts; total: number }) {
  const { t } = useTranslation();
  const filter = useQueue((s) => s.filter);
  return (
    <fieldset className="chips" aria-label={t('queuePage.filters.label')} data-testid="state-chips">
      <button type="button" className={filter === 'all' ? 'chip active' : 'chip'} aria-pressed={filter === 'all'} data-state="all" onClick={() => queueActions.setFilter('all')}>
        {t('queuePage.filters.all')}
        <span className="chip-count">{total}</span>
      </button>
      {visibleStates(counts, filter).map((s) => (
        <button key={s} type="button" className={filter === s ? 'chip active' : 'chip'} aria-pressed={filter === s} data-state={s} onClick={() => queueActions.setFilter(s)}>
          {t(`queuePage.states.${s}`)}
          <span className="chip-count">{counts[s] ?? 0}</span>
        </button>
      ))}
    </fieldset>
  );
}
