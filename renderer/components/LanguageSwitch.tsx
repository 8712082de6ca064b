import { useTranslation } from 'react-i18next';
import { LANGS } from '../i18n';
import { appActions, useLang } from '../state/app';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <fieldset className="segmented" aria-label={t('header.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === lang ? 'segment active' : 'segment'}
          aria-pressed={l === lang}
          onClick={() => void appActions.setLanguage(l)}
        >
          {t(`languages.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
