import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../shared/contract/ledger';
import { Dialog } from '../components/Dialog';
import { CheckField, Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { ledgerActions } from '../state/ledger';
import { useFormErrors } from './useFormErrors';
import { mobileLooksTyped, optionalDateOk } from './validate';

interface Props {
  /** Absent: a new customer. */
  customer?: CustomerDetail;
  onClose: () => void;
}

export function CustomerForm({ customer, onClose }: Props) {
  const { t } = useTranslation();
  const initialMobile = customer?.phoneRaw ?? customer?.mobile ?? '';
  const [name, setName] = useState(customer?.name ?? '');
  const [mobile, setMobile] = useState(initialMobile);
  const [code, setCode] = useState(customer?.code ?? '');
  const [disputed, setDisputed] = useState(customer?.disputed ?? false);
  const [pausedUntil, setPausedUntil] = useState(customer?.pausedUntil ?? '');
  const [optedOut, setOptedOut] = useState(customer?.optedOut ?? false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('forms.errors.nameRequired');
    if (!mobileLooksTyped(mobile)) found.mobile = t('forms.errors.mobileFormat');
    if (!optionalDateOk(pausedUntil)) found.pausedUntil = t('forms.errors.dateFormat');
    errors.setFields(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const common = { name: name.trim(), code: code.trim() || null };
    const outcome = customer
      ? await ledgerActions.updateCustomer({
          id: customer.id,
          ...common,
          // An imported landline stays as it is unless the user actually changes the number.
          ...(mobile !== initialMobile ? { mobile: mobile.trim() || null } : {}),
          disputed,
          pausedUntil: pausedUntil || null,
          optedOut,
        })
      : await ledgerActions.addCustomer({ ...common, mobile: mobile.trim() || null });
    setBusy(false);
    if (outcome.ok) onClose();
    else errors.fromServer(outcome.error);
  };

  return (
    <Dialog title={customer ? t('forms.customer.editTitle') : t('forms.customer.addTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack" data-testid="customer-form">
        <Field label={t('forms.customer.name')} error={errors.fields.name}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus />
        </Field>
        <Field label={t('forms.customer.mobile')} hint={t('forms.customer.mobileHint')} error={errors.fields.mobile}>
          <input value={mobile} onChange={(e) => setMobile(e.target.value)} inputMode="tel" maxLength={40} />
        </Field>
        <Field label={t('forms.optional', { label: t('forms.customer.code') })} error={errors.fields.code}>
          <input value={code} onChange={(e) => setCode(e.target.value)} maxLength={50} />
        </Field>
        {customer && (
          <>
            <CheckField label={t('forms.customer.disputed')} checked={disputed} onChange={setDisputed} />
            <CheckField label={t('forms.customer.optedOut')} checked={optedOut} onChange={setOptedOut} />
            <Field label={t('forms.customer.pausedUntil')} error={errors.fields.pausedUntil}>
              <input type="date" value={pausedUntil} onChange={(e) => setPausedUntil(e.target.value)} />
            </Field>
          </>
        )}
        <FormActions busy={busy} onCancel={onClose} error={errors.form} />
      </form>
    </Dialog>
  );
}
