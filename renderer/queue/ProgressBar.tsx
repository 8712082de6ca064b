interface Props {
  done: number;
  total: number;
  label: string;
}

/** A labelled progress bar (role="progressbar"), so screen readers hear the count too. */
export function ProgressBar({ done, total, label }: Props) {
  const pct = total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0;
  return (
    <div className="progress">
      <div className="progress-label">{label}</div>
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={Math.min(done, total)} data-testid="send-progress">
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
