import { useTranslation } from 'react-i18next';
import { hrefOf } from '../routes';

type Feature = 'import' | 'templates' | 'plan' | 'queue' | 'inbox' | 'reports';

/** The friendly placeholder a later feature replaces with its own page. */
export function ComingSoon({ feature }: { feature: Feature }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t(`nav.${feature}`)}</h1>
      <div className="card coming">
        <span className="badge accent">{t('coming.title')}</span>
        <p>{t(`coming.${feature}`)}</p>
        <a className="button" href={hrefOf('ledger')}>
          {t('coming.back')}
        </a>
      </div>
    </section>
  );
}
