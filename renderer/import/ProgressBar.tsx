import { useTranslation } from 'react-i18next';
import type { Progress } from '../state/import';

// Phases fill the bar in order; the write phase moves with the rows written. (The core writes
// in one transaction, so its row counts arrive in bursts rather than smoothly.)
const SPAN: Record<Progress['phase'], [number, number]> = {
  upload: [0, 30],
  read: [30, 60],
  plan: [60, 70],
  write: [70, 100],
  done: [100, 100],
};

export function ProgressBar({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const [from, to] = SPAN[progress.phase];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const percent = Math.round(from + (to - from) * share);
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="progress-label small">
        <span>{t(`importPage.progress.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
        <span className="num">{percent}%</span>
      </div>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
