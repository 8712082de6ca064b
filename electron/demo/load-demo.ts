import { addDays } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPhone } from '../../shared/phone';
import { customerCount, insertCustomer } from '../ledger/customers-repo';
import type { Db } from '../ledger/db';
import { insertInvoice } from '../ledger/invoices-repo';
import { recordPayment } from '../ledger/payments-repo';
import { writeSetting } from '../ledger/settings-repo';
import { DEMO_BUSINESS, DEMO_CUSTOMERS } from './demo-shop';

/** Loads the demo shop into an empty ledger, dated relative to `today`, in one transaction. */
export function loadDemo(db: Db, today: string, nowIso: string) {
  if (customerCount(db) > 0) throw new AppError('demo_not_empty');
  let invoices = 0;
  let payments = 0;
  db.transaction(() => {
    writeSetting(db, 'business.name', DEMO_BUSINESS.name);
    writeSetting(db, 'business.phone', DEMO_BUSINESS.phone);
    writeSetting(db, 'business.signature', DEMO_BUSINESS.signature);
    for (const c of DEMO_CUSTOMERS) {
      const phone = checkPhone(c.phone, 'CN');
      const customerId = insertCustomer(
        db,
        {
          code: c.code,
          name: c.name,
          mobile: phone.kind === 'mobile' ? phone.e164 : null,
          phoneRaw: c.phone,
          unreachableReason: phone.kind === 'mobile' ? null : phone.reason,
          disputed: c.disputed ?? false,
          optedOutAt: c.optedOut ? nowIso : null,
          optedOutVia: c.optedOut ? 'reply' : null,
        },
        nowIso,
      );
      for (const i of c.invoices) {
        const issueDate = addDays(today, -i.issuedDaysAgo);
        const dueDate = addDays(issueDate, i.termDays);
        const invoiceId = insertInvoice(
          db,
          { customerId, reference: i.ref, issueDate, dueDate, amountCents: i.amountCents, paidCents: 0, currency: 'CNY' },
          nowIso,
        );
        invoices++;
        if (i.paidCents) {
          const paidOn = addDays(dueDate, -3) < today ? addDays(dueDate, -3) : today;
          recordPayment(db, { customerId, invoiceId, amountCents: i.paidCents, paidOn, method: '银行转账' }, nowIso);
          payments++;
        }
      }
    }
  })();
  return { customers: DEMO_CUSTOMERS.length, invoices, payments };
}
