import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../queue/ConfirmDialog';
import { AutopilotFields } from '../settings/AutopilotFields';
import { COMMON_ZONES, checkDraft, draftOf, FIELD_OF_KEY, OTHER_ZONE, type SettingsDraft } from '../settings/form';
import { settingsActions, useSettings, useSettingsFieldErrors, useSettingsLoadError, useSettingsSavedAt, useSettingsSaving } from '../state/settings';

type Errors = Partial<Record<keyof SettingsDraft, string>>;
type Values = ReturnType<typeof checkDraft>['values'];

function SettingsForm({ initial }: { initial: SettingsDraft }) {
  const { t } = useTranslation();
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  // Values waiting for the user to confirm that the autopilot may send without review.
  const [confirming, setConfirming] = useState<Values | null>(null);
  const saving = useSettingsSaving();
  const savedAt = useSettingsSavedAt();
  const serverErrors = useSettingsFieldErrors();
  const set = (key: Exclude<keyof SettingsDraft, 'autopilotEnabled'>) => (e: { target: { value: string } }) => {
    setD((prev) => ({ ...prev, [key]: e.target.value }));
    settingsActions.clearSaved();
  };
  const setAutopilot = (autopilotEnabled: boolean) => {
    setD((prev) => ({ ...prev, autopilotEnabled }));
    settingsActions.clearSaved();
  };
  const shown: Errors = { ...errors };
  for (const [key, message] of Object.entries(serverErrors)) {
    const field = FIELD_OF_KEY[key as keyof typeof FIELD_OF_KEY];
    if (field && message) shown[field] = message;
  }
  const err = (key: keyof SettingsDraft) => shown[key];
  const zoneError = err('zoneCustom');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(d);
    const local: Errors = {};
    for (const [k, v] of Object.entries(checked.errors)) local[k as keyof SettingsDraft] = t(v);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    if (checked.values['autopilot.enabled'] === true && !initial.autopilotEnabled) setConfirming(checked.values);
    else void settingsActions.save(checked.values);
  };

  return (
    <form onSubmit={submit} noValidate className="settings-form" data-testid="settings-form">
      <fieldset className="card">
        <legend>{t('settings.business')}</legend>
        <div className="two-col">
          <Field label={t('settings.businessName')} error={err('businessName')}>
            <input value={d.businessName} onChange={set('businessName')} maxLength={60} />
          </Field>
          <Field label={t('settings.businessPhone')} error={err('businessPhone')}>
            <input value={d.businessPhone} onChange={set('businessPhone')} maxLength={30} inputMode="tel" />
          </Field>
        </div>
        <Field label={t('settings.signature')} hint={t('settings.signatureHint')} error={err('signature')}>
          <input value={d.signature} onChange={set('signature')} maxLength={20} />
        </Field>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.region')}</legend>
        <div className="two-col">
          <Field label={t('settings.timezone')} error={d.zoneChoice === OTHER_ZONE ? undefined : zoneError}>
            <select value={d.zoneChoice} onChange={set('zoneChoice')}>
              {COMMON_ZONES.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
              <option value={OTHER_ZONE}>{t('settings.timezoneOther')}</option>
            </select>
          </Field>
          {d.zoneChoice === OTHER_ZONE && (
            <Field label={t('settings.timezoneCustom')} hint={t('settings.timezoneHint')} error={zoneError}>
              <input value={d.zoneCustom} onChange={set('zoneCustom')} className="mono" />
            </Field>
          )}
        </div>
        <div className="three-col">
          <Field label={t('settings.currency')} error={err('currency')}>
            <input value={d.currency} onChange={set('currency')} maxLength={3} className="mono" />
          </Field>
          <Field label={t('settings.language')} error={err('language')}>
            <select value={d.language} onChange={set('language')}>
              <option value="zh-CN">{t('languages.zh-CN')}</option>
              <option value="en">{t('languages.en')}</option>
            </select>
          </Field>
          <Field label={t('settings.pack')} error={err('pack')}>
            <select value={d.pack} onChange={set('pack')}>
              {(['cn', 'us', 'uk'] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`settings.packs.${p}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.sending')}</legend>
        <div className="three-col">
          <Field label={t('settings.price')} hint={t('settings.priceHint')} error={err('price')}>
            <input value={d.price} onChange={set('price')} inputMode="decimal" className="num-input" />
          </Field>
          <Field label={t('settings.hoursStart')} error={err('hoursStart')}>
            <input value={d.hoursStart} onChange={set('hoursStart')} inputMode="numeric" placeholder="08:00" maxLength={5} className="num-input" />
          </Field>
          <Field label={t('settings.hoursEnd')} error={err('hoursEnd')}>
            <input value={d.hoursEnd} onChange={set('hoursEnd')} inputMode="numeric" placeholder="08:00" maxLength={5} className="num-input" />
          </Field>
        </div>
        <p className="field-hint">{t('settings.hoursHint')}</p>
      </fieldset>
      <AutopilotFields draft={d} error={err} onEnabled={setAutopilot} onTime={set('autopilotTime')} />
      <div className="form-actions start">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('app.saving') : t('app.save')}
        </button>
        {savedAt && (
          <span className="saved" role="status">
            ✓ {t('settings.saved')}
          </span>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('autopilot.confirm.title')}
          body={t('autopilot.confirm.body', { time: confirming['autopilot.time'] })}
          confirm={t('autopilot.confirm.confirm')}
          keep={t('autopilot.confirm.keep')}
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            const values = confirming;
            setConfirming(null);
            void settingsActions.save(values);
          }}
        />
      )}
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const loadError = useSettingsLoadError();
  useEffect(() => {
    settingsActions.clearSaved();
    void settingsActions.load();
  }, []);
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">{t('settings.title')}</h1>
          <p className="muted">{t('settings.subtitle')}</p>
        </div>
      </div>
      {loadError && <p className="form-error">{loadError}</p>}
      {settings ? <SettingsForm key={JSON.stringify(settings)} initial={draftOf(settings)} /> : <p className="muted">{t('app.loading')}</p>}
    </section>
  );
}
