import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autopilotActions, useAutopilot } from '../state/autopilot';
import { HHMM } from './autopilot-view';

/** The autopilot's daily time, changed in place (24-hour "HH:MM", like the allowed hours). */
export function AutopilotTime({ time }: { time: string }) {
  const { t } = useTranslation();
  const busy = useAutopilot((s) => s.busy);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);

  if (draft === null) {
    return (
      <span className="autopilot-time">
        <span className="num-input" data-testid="autopilot-time">
          {time}
        </span>
        <button type="button" className="link-button" onClick={() => setDraft(time)} data-testid="autopilot-time-change">
          {t('autopilot.changeTime')}
        </button>
      </span>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = draft.trim();
    if (!HHMM.test(value)) {
      setError(true);
      return;
    }
    if (await autopilotActions.setTime(value)) setDraft(null);
  };

  return (
    <form className="autopilot-time" onSubmit={(e) => void submit(e)} noValidate>
      <input
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(false);
        }}
        aria-label={t('autopilot.time')}
        aria-invalid={error}
        inputMode="numeric"
        placeholder="09:00"
        maxLength={5}
        className="num-input time-input"
        data-testid="autopilot-time-input"
        autoFocus
      />
      <button type="submit" className="button small" disabled={busy}>
        {t('autopilot.saveTime')}
      </button>
      <button type="button" className="button small" onClick={() => setDraft(null)}>
        {t('autopilot.cancel')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {t('autopilot.timeError')}
        </span>
      )}
    </form>
  );
}
