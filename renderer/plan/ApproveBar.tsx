import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { approvableIds, planActions, usePlan } from '../state/plan';

/** What is ticked, and the two ways to approve it. */
export function ApproveBar() {
  const { t } = useTranslation();
  const result = usePlan((s) => s.result);
  const dropped = usePlan((s) => s.dropped);
  const phase = usePlan((s) => s.phase);
  const available = usePlan((s) => s.queueAvailable);
  const planned = useMemo(() => (result?.messages ?? []).filter((m) => m.state === 'planned').length, [result]);
  const selected = useMemo(() => approvableIds({ result, dropped }).length, [result, dropped]);
  const busy = phase === 'approving' || phase === 'sending';
  const disabled = busy || selected === 0 || !available;
  if (planned === 0) return <p className="muted small approve-info">{t('planPage.nothingPlanned')}</p>;
  return (
    <div className="approve-bar" data-testid="approve-bar">
      <span className="approve-info small" aria-live="polite" data-testid="selection-count">
        {t('planPage.selection', { selected, planned })}
      </span>
      <button type="button" className="button small" disabled={busy} onClick={() => planActions.selectAll(selected < planned)}>
        {selected < planned ? t('planPage.selectAll') : t('planPage.selectNone')}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => void planActions.approve(false)} data-testid="approve">
        {t('planPage.approve')}
      </button>
      <button type="button" className="button primary" disabled={disabled} onClick={() => void planActions.approve(true)} data-testid="approve-send">
        {phase === 'approving' ? t('planPage.approving') : t('planPage.approveSend')}
      </button>
    </div>
  );
}
