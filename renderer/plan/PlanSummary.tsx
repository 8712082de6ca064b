import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../shared/contract/plan';
import { useMoney } from '../ledger/useMoney';

export function PlanSummary({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  const money = useMoney();
  const amount = plan.messages.filter((m) => m.stage !== 'confirmation').reduce((n, m) => n + m.amountCents, 0);
  const parts = plan.messages.reduce((n, m) => n + m.parts, 0);
  const cards = [
    { key: 'messages', value: String(plan.messages.length), tone: '' },
    { key: 'amount', value: money(amount), tone: '' },
    { key: 'parts', value: String(parts), tone: '' },
    { key: 'excluded', value: String(plan.excluded.length), tone: '' },
  ];
  return (
    <dl className="summary">
      {cards.map((c) => (
        <div key={c.key} className={`summary-card ${c.tone}`} data-testid={`plan-total-${c.key}`}>
          <dt>{t(`planPage.summary.${c.key}`)}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
