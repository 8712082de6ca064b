import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import type { SettingsDraft } from './form';

interface Props {
  draft: SettingsDraft;
  error: (key: keyof SettingsDraft) => string | undefined;
  onEnabled: (enabled: boolean) => void;
  onTime: (e: { target: { value: string } }) => void;
}

/** The daily autopilot's switch and time in the settings form; saved with the other settings. */
export function AutopilotFields({ draft, error, onEnabled, onTime }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const enabledError = error('autopilotEnabled');
  return (
    <fieldset className="card" data-testid="autopilot-settings">
      <legend>{t('autopilot.settings.legend')}</legend>
      <div className="stack-tight">
        <label className="check">
          <input type="checkbox" checked={draft.autopilotEnabled} onChange={(e) => onEnabled(e.target.checked)} aria-describedby={hintId} />
          <span>{t('autopilot.settings.enabled')}</span>
        </label>
        <p className="field-hint" id={hintId}>
          {t('autopilot.settings.enabledHint')}
        </p>
        {enabledError && (
          <p className="field-error" role="alert">
            {enabledError}
          </p>
        )}
      </div>
      <div className="two-col">
        <Field label={t('autopilot.settings.time')} hint={t('autopilot.settings.timeHint')} error={error('autopilotTime')}>
          <input value={draft.autopilotTime} onChange={onTime} inputMode="numeric" placeholder="09:00" maxLength={5} className="num-input" />
        </Field>
      </div>
    </fieldset>
  );
}
