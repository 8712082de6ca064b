import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerList } from '../ledger/CustomerList';
import type { LedgerDialog } from '../ledger/Dialogs';
import { EmptyState } from '../ledger/EmptyState';
import { FilterBar } from '../ledger/FilterBar';
import { countByFilter, filterCustomers } from '../ledger/filter';
import { LedgerDialogHost } from '../ledger/LedgerDialogHost';
import { SummaryCards } from '../ledger/SummaryCards';
import { ledgerActions, useCustomers, useFilter, useLedgerLoadError, useQuery, useTotals } from '../state/ledger';

export function LedgerPage() {
  const { t } = useTranslation();
  const customers = useCustomers();
  const totals = useTotals();
  const loadError = useLedgerLoadError();
  const filter = useFilter();
  const query = useQuery();
  const [dialog, setDialog] = useState<LedgerDialog | null>(null);
  const rows = useMemo(() => filterCustomers(customers ?? [], filter, query), [customers, filter, query]);
  const counts = useMemo(() => countByFilter(customers ?? []), [customers]);

  const head = (
    <div className="page-head">
      <div>
        <h1 id="page-title">{t('ledger.title')}</h1>
        <p className="muted">{t('ledger.subtitle')}</p>
      </div>
      {customers && customers.length > 0 && (
        <button type="button" className="button primary" onClick={() => setDialog({ kind: 'addCustomer' })}>
          {t('ledger.addCustomer')}
        </button>
      )}
    </div>
  );

  let body: ReactNode;
  if (loadError && !customers) {
    body = (
      <div className="card" role="alert">
        <p className="form-error">
          {t('ledger.loadFailed')}: {loadError}
        </p>
        <button type="button" className="button" onClick={() => void ledgerActions.refresh()}>
          {t('app.retry')}
        </button>
      </div>
    );
  } else if (!customers || !totals) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (customers.length === 0) {
    body = <EmptyState onAddCustomer={() => setDialog({ kind: 'addCustomer' })} />;
  } else {
    body = (
      <>
        <SummaryCards totals={totals} />
        <FilterBar counts={counts} />
        <p className="muted small" aria-live="polite" data-testid="list-count">
          {t('ledger.count', { shown: rows.length, total: customers.length })}
        </p>
        {rows.length === 0 ? <p className="card muted">{t('ledger.noMatch')}</p> : <CustomerList rows={rows} openDialog={setDialog} />}
      </>
    );
  }

  return (
    <section className="page page-fill" aria-labelledby="page-title">
      {head}
      {body}
      <LedgerDialogHost dialog={dialog} onClose={() => setDialog(null)} />
    </section>
  );
}
