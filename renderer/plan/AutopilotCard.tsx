import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../queue/ConfirmDialog';
import { autopilotActions, useAutopilot } from '../state/autopilot';
import { AutopilotFacts } from './AutopilotFacts';

/**
 * The daily autopilot on the Plan page: off by default; turning it on asks first, because from
 * then on messages go out without anyone reviewing them. Shows its time, last run and next run.
 */
export function AutopilotCard() {
  const { t } = useTranslation();
  const status = useAutopilot((s) => s.status);
  const available = useAutopilot((s) => s.available);
  const loadError = useAutopilot((s) => s.loadError);
  const busy = useAutopilot((s) => s.busy);
  const actionError = useAutopilot((s) => s.actionError);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => autopilotActions.poll(), []);

  if (!available) return null;
  if (!status) return loadError ? <p className="form-error">{t('autopilot.loadFailed')}: {loadError}</p> : null;
  const on = status.enabled;

  return (
    <section className={on ? 'card autopilot-card on' : 'card autopilot-card'} aria-labelledby="autopilot-title" data-testid="autopilot-card" data-enabled={on}>
      <div className="autopilot-head">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={on}
            checked={on}
            disabled={busy}
            aria-describedby="autopilot-explain"
            data-testid="autopilot-switch"
            onChange={(e) => (e.target.checked ? setConfirming(true) : void autopilotActions.setEnabled(false))}
          />
          <span className="switch-track" aria-hidden="true" />
          <span id="autopilot-title" className="switch-label">
            {t('autopilot.title')}
          </span>
        </label>
        <span className={on ? 'badge ok' : 'badge neutral'} data-testid="autopilot-state">
          {on ? t('autopilot.on') : t('autopilot.off')}
        </span>
        <p id="autopilot-explain" className="muted small autopilot-explain">
          {on ? t('autopilot.explainOn', { time: status.time }) : t('autopilot.explainOff')}
        </p>
      </div>
      <AutopilotFacts status={status} />
      {!status.hostRunning && (
        <p className="banner warn small" role="note" data-testid="autopilot-host">
          {t('autopilot.hostStopped')}
        </p>
      )}
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('autopilot.confirm.title')}
          body={t('autopilot.confirm.body', { time: status.time })}
          confirm={t('autopilot.confirm.confirm')}
          keep={t('autopilot.confirm.keep')}
          busy={busy}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void autopilotActions.setEnabled(true);
          }}
        />
      )}
    </section>
  );
}
