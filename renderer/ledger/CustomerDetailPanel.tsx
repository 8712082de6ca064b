import { useTranslation } from 'react-i18next';
import { type CustomerDetailData, useDetail } from '../state/ledger';
import type { OpenDialog } from './Dialogs';
import { useDate, useMoney } from './useMoney';

function InvoiceTable({ detail }: { detail: CustomerDetailData }) {
  const { t } = useTranslation();
  const money = useMoney();
  const date = useDate();
  if (detail.invoices.length === 0) return <p className="muted">{t('detail.noInvoices')}</p>;
  return (
    <table className="mini-table">
      <thead>
        <tr>
          <th>{t('detail.col.reference')}</th>
          <th>{t('detail.col.issueDate')}</th>
          <th>{t('detail.col.dueDate')}</th>
          <th className="num">{t('detail.col.amount')}</th>
          <th className="num">{t('detail.col.balance')}</th>
          <th>{t('detail.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.invoices.map((i) => (
          <tr key={i.id}>
            <td className="mono">{i.reference}</td>
            <td>{date(i.issueDate)}</td>
            <td>{date(i.dueDate)}</td>
            <td className="num">{money(i.amountCents, i.currency)}</td>
            <td className="num">{money(i.balanceCents, i.currency)}</td>
            <td>
              {t(`detail.invoiceStatus.${i.status}`)}
              {i.status === 'open' && i.daysOverdue > 0 && <span className="danger-text"> · {t('ledger.days', { count: i.daysOverdue })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PaymentTable({ detail }: { detail: CustomerDetailData }) {
  const { t } = useTranslation();
  const money = useMoney();
  const date = useDate();
  if (detail.payments.length === 0) return <p className="muted">{t('detail.noPayments')}</p>;
  return (
    <table className="mini-table">
      <thead>
        <tr>
          <th>{t('detail.col.paidOn')}</th>
          <th className="num">{t('detail.col.amount')}</th>
          <th>{t('detail.col.method')}</th>
          <th>{t('detail.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.payments.map((p) => (
          <tr key={p.id}>
            <td>{date(p.paidOn)}</td>
            <td className="num">{money(p.amountCents)}</td>
            <td>{p.method ?? '—'}</td>
            <td>{p.note ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CustomerDetailPanel({ id, openDialog }: { id: number; openDialog: OpenDialog }) {
  const { t } = useTranslation();
  const entry = useDetail(id);
  const date = useDate();
  if (!entry || entry.status === 'loading') return <div className="detail muted">{t('detail.loading')}</div>;
  if (entry.status === 'error') return <div className="detail form-error">{entry.message}</div>;
  const { data } = entry;
  const c = data.customer;
  return (
    <div className="detail" data-testid="customer-detail">
      <div className="detail-actions">
        <button type="button" className="button small" onClick={() => openDialog({ kind: 'editCustomer', customer: c })}>
          {t('detail.edit')}
        </button>
        <button type="button" className="button small" onClick={() => openDialog({ kind: 'addInvoice', customer: c })}>
          {t('detail.addInvoice')}
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={c.balanceCents <= 0}
          onClick={() => openDialog({ kind: 'addPayment', detail: data })}
        >
          {t('detail.addPayment')}
        </button>
        {c.pausedUntil && <span className="badge neutral">{t('detail.pausedUntil', { date: date(c.pausedUntil) })}</span>}
      </div>
      <div className="detail-grid">
        <section>
          <h3>{t('detail.invoices')}</h3>
          <InvoiceTable detail={data} />
        </section>
        <section>
          <h3>{t('detail.payments')}</h3>
          <PaymentTable detail={data} />
        </section>
      </div>
    </div>
  );
}
