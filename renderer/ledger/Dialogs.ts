import type { CustomerDetail } from '../../shared/contract/ledger';
import type { CustomerDetailData } from '../state/ledger';

/** Which dialog the ledger page shows; rows ask for one through `openDialog`. */
export type LedgerDialog =
  | { kind: 'addCustomer' }
  | { kind: 'editCustomer'; customer: CustomerDetail }
  | { kind: 'addInvoice'; customer: CustomerDetail }
  | { kind: 'addPayment'; detail: CustomerDetailData };

export type OpenDialog = (dialog: LedgerDialog) => void;
