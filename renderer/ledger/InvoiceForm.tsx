import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../shared/dates';
import type { CustomerDetail } from '../../shared/contract/ledger';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { useInfo } from '../state/app';
import { ledgerActions } from '../state/ledger';
import { useFormErrors } from './useFormErrors';
import { optionalDateOk, parseAmount } from './validate';

export function InvoiceForm({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const today = useInfo()?.today ?? '';
  const [reference, setReference] = useState('');
  const [issueDate, setIssueDate] = useState(today);
  const [dueDate, setDueDate] = useState('');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!reference.trim()) found.reference = t('forms.errors.referenceRequired');
    if (!optionalDateOk(issueDate)) found.issueDate = t('forms.errors.dateFormat');
    if (!dueDate) found.dueDate = t('forms.errors.dueRequired');
    else if (!isIsoDate(dueDate)) found.dueDate = t('forms.errors.dateFormat');
    else if (issueDate && dueDate < issueDate) found.dueDate = t('forms.errors.dueBeforeIssue');
    const parsed = parseAmount(amount);
    if ('error' in parsed) found.amount = t(parsed.error);
    errors.setFields(found);
    if (Object.keys(found).length > 0 || 'error' in parsed) return;
    setBusy(true);
    const outcome = await ledgerActions.addInvoice({
      customerId: customer.id,
      reference: reference.trim(),
      issueDate: issueDate || null,
      dueDate,
      amountCents: parsed.cents,
    });
    setBusy(false);
    if (outcome.ok) onClose();
    else errors.fromServer(outcome.error);
  };

  return (
    <Dialog title={t('forms.invoice.title', { name: customer.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack" data-testid="invoice-form">
        <Field label={t('forms.invoice.reference')} error={errors.fields.reference}>
          <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={60} autoFocus />
        </Field>
        <div className="two-col">
          <Field label={t('forms.invoice.issueDate')} error={errors.fields.issueDate}>
            <input type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} />
          </Field>
          <Field label={t('forms.invoice.dueDate')} error={errors.fields.dueDate}>
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </Field>
        </div>
        <Field label={t('forms.invoice.amount')} hint={t('forms.invoice.amountHint')} error={errors.fields.amount}>
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" className="num-input" />
        </Field>
        <FormActions busy={busy} onCancel={onClose} error={errors.form} />
      </form>
    </Dialog>
  );
}
