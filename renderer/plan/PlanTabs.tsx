import { useTranslation } from 'react-i18next';
import { type PlanTab, planActions, usePlan } from '../state/plan';

/** The two lists of a plan, each with its count. */
export function PlanTabs({ counts }: { counts: Record<PlanTab, number> }) {
  const { t } = useTranslation();
  const tab = usePlan((s) => s.tab);
  const tabs: PlanTab[] = ['messages', 'excluded'];
  return (
    <div className="segmented tabs" role="tablist" aria-label={t('planPage.tabs.label')}>
      {tabs.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          className={tab === k ? 'segment active' : 'segment'}
          data-testid={`tab-${k}`}
          onClick={() => planActions.setTab(k)}
        >
          {t(`planPage.tabs.${k}`)}
          <span className="chip-count">{counts[k]}</span>
        </button>
      ))}
    </div>
  );
}
