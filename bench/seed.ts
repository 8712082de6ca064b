import { addDays } from '../shared/dates';
import { insertCustomer } from '../electron/ledger/customers-repo';
import type { Db } from '../electron/ledger/db';
import { insertInvoice } from '../electron/ledger/invoices-repo';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

/** Seeds `customers` customers with `invoices` invoices spread over them, in one transaction. */
export function seedLedger(db: Db, customers: number, invoices: number, today: string): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let c = 1; c <= customers; c++) {
      insertCustomer(
        db,
        {
          code: `C${c}`,
          name: `${SURNAMES[c % SURNAMES.length]}${c}号客户`,
          mobile: `+86138${String(c).padStart(8, '0')}`,
          phoneRaw: null,
          unreachableReason: null,
        },
        now,
      );
    }
    for (let i = 1; i <= invoices; i++) {
      const customerId = ((i * 7919) % customers) + 1;
      const due = addDays(today, 30 - (i % 200));
      const amount = 1000 + ((i * 37) % 500000);
      insertInvoice(
        db,
        { customerId, reference: `INV-${i}`, issueDate: addDays(due, -30), dueDate: due, amountCents: amount, paidCents: i % 5 === 0 ? amount : 0, currency: 'CNY' },
        now,
      );
    }
  })();
}
