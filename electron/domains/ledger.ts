import { getCustomer, insertCustomer, listCustomers, updateCustomer, type CustomerInsert } from '../ledger/customers-repo';
import { getInvoice, insertInvoice, listInvoices, updateInvoice } from '../ledger/invoices-repo';
import { getPayment, listPayments, recordPayment } from '../ledger/payments-repo';
import type { Ctx } from '../core/context';
import type { HandlerPart } from '../core/registry';
import { mobileFields } from './customer-input';

type CustomerFields = Omit<CustomerInsert, 'mobile' | 'phoneRaw' | 'unreachableReason' | 'optedOutAt'> & {
  mobile?: string | null | undefined;
  optedOut?: boolean | undefined;
};

function toInsert(input: Partial<CustomerFields>, ctx: Ctx): Partial<CustomerInsert> {
  const { mobile, optedOut, ...rest } = input;
  const out: Partial<CustomerInsert> = { ...rest };
  if (mobile !== undefined) Object.assign(out, mobileFields(mobile, ctx.settings().pack));
  if (optedOut !== undefined) {
    out.optedOutAt = optedOut ? ctx.nowIso() : null;
    out.optedOutVia = optedOut ? 'manual' : null;
  }
  if (input.consentSource) out.consentAt = ctx.nowIso();
  return out;
}

export const ledgerHandlers: HandlerPart = {
  'customers.list': (input, ctx) => listCustomers(ctx.db, { ...input, today: ctx.today() }),

  'customers.get': ({ id }, ctx) => {
    const today = ctx.today();
    return {
      customer: getCustomer(ctx.db, id, today),
      invoices: listInvoices(ctx.db, { today, customerId: id }),
      payments: listPayments(ctx.db, id),
    };
  },

  'customers.add': (input, ctx) => {
    const fields = { mobile: null, ...toInsert(input, ctx) } as CustomerInsert;
    if (fields.mobile === null && fields.unreachableReason === undefined) fields.unreachableReason = 'missing';
    const id = ctx.db.transaction(() => insertCustomer(ctx.db, { ...fields, name: input.name }, ctx.nowIso()))();
    ctx.emit('ledger.changed', { customerId: id });
    return { customer: getCustomer(ctx.db, id, ctx.today()) };
  },

  'customers.update': ({ id, ...patch }, ctx) => {
    ctx.db.transaction(() => updateCustomer(ctx.db, id, toInsert(patch, ctx), ctx.nowIso()))();
    ctx.emit('ledger.changed', { customerId: id });
    return { customer: getCustomer(ctx.db, id, ctx.today()) };
  },

  'invoices.list': (input, ctx) => ({ invoices: listInvoices(ctx.db, { ...input, today: ctx.today() }) }),

  'invoices.add': (input, ctx) => {
    const today = ctx.today();
    getCustomer(ctx.db, input.customerId, today); // a clear "customer not found" before anything is written
    const id = ctx.db.transaction(() =>
      insertInvoice(
        ctx.db,
        {
          customerId: input.customerId,
          reference: input.reference,
          issueDate: input.issueDate ?? null,
          dueDate: input.dueDate,
          amountCents: input.amountCents,
          paidCents: input.paidCents ?? 0,
          currency: input.currency ?? ctx.settings().currency,
        },
        ctx.nowIso(),
      ),
    )();
    ctx.emit('ledger.changed', { customerId: input.customerId });
    return { invoice: getInvoice(ctx.db, id, today) };
  },

  'invoices.update': ({ id, ...patch }, ctx) => {
    ctx.db.transaction(() => updateInvoice(ctx.db, id, patch, ctx.nowIso()))();
    ctx.emit('ledger.changed', { invoiceId: id });
    return { invoice: getInvoice(ctx.db, id, ctx.today()) };
  },

  'payments.add': (input, ctx) => {
    const today = ctx.today();
    getCustomer(ctx.db, input.customerId, today);
    const { paymentId, invoiceIds } = ctx.db.transaction(() =>
      recordPayment(ctx.db, { ...input, paidOn: input.paidOn ?? today }, ctx.nowIso()),
    )();
    ctx.emit('ledger.changed', { customerId: input.customerId, paymentId });
    return { payment: getPayment(ctx.db, paymentId), invoices: invoiceIds.map((id) => getInvoice(ctx.db, id, today)) };
  },

  'payments.list': ({ customerId }, ctx) => ({ payments: listPayments(ctx.db, customerId) }),
};
