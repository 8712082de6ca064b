import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES, useRoute } from '../routes';

export function Nav() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((r) => (
          <li key={r}>
            <a href={hrefOf(r)} className={r === route ? 'nav-link active' : 'nav-link'} aria-current={r === route ? 'page' : undefined}>
              {t(`nav.${r}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
