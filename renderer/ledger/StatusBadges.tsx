import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../shared/contract/ledger';

const STATUS_TONE = { overdue: 'danger', open: 'neutral', paid: 'ok' } as const;

export function StatusBadges({ customer }: { customer: CustomerRow }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      <span className={`badge ${STATUS_TONE[customer.status]}`}>{t(`ledger.status.${customer.status}`)}</span>
      {customer.optedOut && <span className="badge muted-badge">{t('ledger.badges.optedOut')}</span>}
      {customer.disputed && <span className="badge warn">{t('ledger.badges.disputed')}</span>}
      {customer.unreachableReason && (
        <span className="badge warn">
          {t('ledger.badges.unreachable', { reason: t(`ledger.badges.reason.${customer.unreachableReason}`) })}
        </span>
      )}
    </span>
  );
}
