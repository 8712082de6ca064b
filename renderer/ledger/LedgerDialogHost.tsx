import { CustomerForm } from './CustomerForm';
import type { LedgerDialog } from './Dialogs';
import { InvoiceForm } from './InvoiceForm';
import { PaymentForm } from './PaymentForm';

export function LedgerDialogHost({ dialog, onClose }: { dialog: LedgerDialog | null; onClose: () => void }) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'addCustomer':
      return <CustomerForm onClose={onClose} />;
    case 'editCustomer':
      return <CustomerForm customer={dialog.customer} onClose={onClose} />;
    case 'addInvoice':
      return <InvoiceForm customer={dialog.customer} onClose={onClose} />;
    case 'addPayment':
      return <PaymentForm detail={dialog.detail} onClose={onClose} />;
  }
}
