import { useTranslation } from 'react-i18next';
import type { Totals } from '../state/ledger';
import { useMoney } from './useMoney';

export function SummaryCards({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const money = useMoney();
  const cards = [
    { key: 'customers', value: String(totals.customers), tone: '' },
    { key: 'balance', value: money(totals.balanceCents), tone: '' },
    { key: 'overdue', value: money(totals.overdueCents), tone: 'warn' },
    { key: 'overdueCustomers', value: String(totals.overdueCustomers), tone: 'warn' },
  ];
  return (
    <dl className="summary">
      {cards.map((c) => (
        <div key={c.key} className={`summary-card ${c.tone}`} data-testid={`total-${c.key}`}>
          <dt>{t(`ledger.totals.${c.key}`)}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
