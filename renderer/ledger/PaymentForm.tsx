import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailData } from '../state/ledger';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { useInfo } from '../state/app';
import { ledgerActions } from '../state/ledger';
import { useFormErrors } from './useFormErrors';
import { useMoney } from './useMoney';
import { optionalDateOk, parseAmount } from './validate';

export function PaymentForm({ detail, onClose }: { detail: CustomerDetailData; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { customer, invoices } = detail;
  const open = invoices.filter((i) => i.status === 'open');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(useInfo()?.today ?? '');
  const [invoiceId, setInvoiceId] = useState('');
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const parsed = parseAmount(amount);
    if ('error' in parsed) found.amount = t(parsed.error);
    if (!optionalDateOk(paidOn)) found.paidOn = t('forms.errors.dateFormat');
    errors.setFields(found);
    if (Object.keys(found).length > 0 || 'error' in parsed) return;
    setBusy(true);
    const outcome = await ledgerActions.addPayment({
      customerId: customer.id,
      amountCents: parsed.cents,
      ...(invoiceId ? { invoiceId: Number(invoiceId) } : {}),
      ...(paidOn ? { paidOn } : {}),
      ...(method.trim() ? { method: method.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (outcome.ok) onClose();
    else errors.fromServer(outcome.error);
  };

  return (
    <Dialog title={t('forms.payment.title', { name: customer.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack" data-testid="payment-form">
        <p className="muted">{t('forms.payment.balance', { amount: money(customer.balanceCents) })}</p>
        <div className="two-col">
          <Field label={t('forms.payment.amount')} hint={t('forms.invoice.amountHint')} error={errors.fields.amount}>
            <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" className="num-input" autoFocus />
          </Field>
          <Field label={t('forms.payment.paidOn')} error={errors.fields.paidOn}>
            <input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
          </Field>
        </div>
        <Field label={t('forms.payment.invoice')}>
          <select value={invoiceId} onChange={(e) => setInvoiceId(e.target.value)}>
            <option value="">{t('forms.payment.anyInvoice')}</option>
            {open.map((i) => (
              <option key={i.id} value={i.id}>
                {i.reference} · {money(i.balanceCents, i.currency)}
              </option>
            ))}
          </select>
        </Field>
        <div className="two-col">
          <Field label={t('forms.optional', { label: t('forms.payment.method') })}>
            <input value={method} onChange={(e) => setMethod(e.target.value)} maxLength={40} />
          </Field>
          <Field label={t('forms.optional', { label: t('forms.payment.note') })}>
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
          </Field>
        </div>
        <FormActions busy={busy} onCancel={onClose} error={errors.form} />
      </form>
    </Dialog>
  );
}
