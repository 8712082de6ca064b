import { useTranslation } from 'react-i18next';
import { useQueue } from '../state/queue';

/** Says plainly how messages leave; the demo phone must never look like real sending. */
export function ConnectorBanner() {
  const { t } = useTranslation();
  const connector = useQueue((s) => s.status?.connector ?? null);
  if (!connector) return null;
  if (connector.simulated) {
    return (
      <div className="banner warn" role="note" data-testid="simulated-banner">
        <strong>{t('queuePage.simulated')}</strong>
        <span>{t('queuePage.simulatedDetail')}</span>
      </div>
    );
  }
  return (
    <p className="muted small" data-testid="connector-line">
      {t('queuePage.connector', { label: connector.label })}
    </p>
  );
}
