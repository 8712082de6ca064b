import { useTranslation } from 'react-i18next';
import { useInfo } from '../state/app';
import { planActions, usePlan } from '../state/plan';

/** The plan date (the business's today by default) and the button that plans it. */
export function PlanToolbar() {
  const { t } = useTranslation();
  const info = useInfo();
  const asOf = usePlan((s) => s.asOf);
  const running = usePlan((s) => s.running);
  const hasPlan = usePlan((s) => s.result !== null);
  const value = asOf ?? info?.today ?? '';
  return (
    <form
      className="plan-toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        void planActions.run();
      }}
    >
      <label className="inline-field">
        <span>{t('planPage.asOf')}</span>
        <input
          type="date"
          value={value}
          required
          data-testid="plan-date"
          onChange={(e) => planActions.setAsOf(e.target.value === info?.today || e.target.value === '' ? null : e.target.value)}
        />
      </label>
      <button type="submit" className="button primary" disabled={running || !value} data-testid="plan-run">
        {running ? t('planPage.running') : hasPlan ? t('planPage.rerun') : t('planPage.run')}
      </button>
    </form>
  );
}
