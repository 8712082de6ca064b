import { useTranslation } from 'react-i18next';
import { ledgerActions, useFilter, useSearchText } from '../state/ledger';
import { type CustomerFilter, FILTERS } from './filter';

export function FilterBar({ counts }: { counts: Record<CustomerFilter, number> }) {
  const { t } = useTranslation();
  const filter = useFilter();
  const search = useSearchText();
  return (
    <div className="filter-bar">
      <input
        type="search"
        className="search"
        value={search}
        placeholder={t('ledger.search')}
        aria-label={t('ledger.searchLabel')}
        onChange={(e) => ledgerActions.setSearch(e.target.value)}
      />
      <fieldset className="chips" aria-label={t('ledger.filters.label')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={f === filter ? 'chip active' : 'chip'}
            aria-pressed={f === filter}
            onClick={() => ledgerActions.setFilter(f)}
          >
            {t(`ledger.filters.${f}`)}
            <span className="chip-count">{counts[f]}</span>
          </button>
        ))}
      </fieldset>
    </div>
  );
}
