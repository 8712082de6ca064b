import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { LedgerSwitcher } from './LedgerSwitcher';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          铃
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-sub">{t('app.brand')}</span>
      </div>
      <div className="header-tools">
        <LedgerSwitcher />
        <LanguageSwitch />
      </div>
    </header>
  );
}
