import { useTranslation } from 'react-i18next';
import { StateBadge } from './StateBadge';
import { MESSAGE_STATES, type StateCounts } from './types';

/** "Sent 12 · Failed 1 · Queued 2": the outcome of a send run, in state order. */
export function SummaryLine({ summary }: { summary: StateCounts }) {
  const { t } = useTranslation();
  const present = MESSAGE_STATES.filter((s) => (summary[s] ?? 0) > 0);
  return (
    <span className="summary-line" data-testid="send-summary">
      {present.map((s) => (
        <span key={s} className="summary-item" data-state={s} data-count={summary[s]}>
          <StateBadge state={s} /> <span className="num">{summary[s]}</span>
        </span>
      ))}
      {present.length === 0 && <span className="muted">{t('queuePage.noMatch')}</span>}
    </span>
  );
}
