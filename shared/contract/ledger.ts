import { z } from 'zod';
import { method } from './define';
import { cents, id, isoDate, isoTime, positiveCents } from './schemas';

export const customerStatus = z.enum(['overdue', 'open', 'paid']);
export const customerFilter = z.enum(['all', 'overdue', 'not_due', 'paid', 'opted_out', 'unreachable']);
export const unreachableReason = z.enum(['missing', 'landline', 'invalid']);
export const customerRole = z.enum(['debtor', 'guarantor']);

export const customerRow = z.object({
  id,
  code: z.string().nullable(),
  name: z.string(),
  mobile: z.string().nullable(),
  phoneRaw: z.string().nullable(),
  unreachableReason: unreachableReason.nullable(),
  balanceCents: z.number().int(),
  overdueCents: z.number().int(),
  daysOverdue: z.number().int(),
  oldestDueDate: isoDate.nullable(),
  openInvoices: z.number().int(),
  status: customerStatus,
  optedOut: z.boolean(),
  disputed: z.boolean(),
});
export type CustomerRow = z.infer<typeof customerRow>;

const customerFields = {
  name: z.string().trim().min(1, 'name_required').max(100),
  code: z.string().trim().max(50).nullable().optional(),
  mobile: z.string().max(40).nullable().optional(),
  role: customerRole.optional(),
  timezone: z.string().max(60).nullable().optional(),
  locale: z.enum(['zh-CN', 'en']).nullable().optional(),
  disputed: z.boolean().optional(),
  pausedUntil: isoDate.nullable().optional(),
  optedOut: z.boolean().optional(),
  consentSource: z.string().max(100).nullable().optional(),
  contactHoursStart: z.string().regex(/^\d\d:\d\d$/, 'invalid_time').nullable().optional(),
  contactHoursEnd: z.string().regex(/^\d\d:\d\d$/, 'invalid_time').nullable().optional(),
  notes: z.string().max(1000).nullable().optional(),
};

export const customerDetail = customerRow.extend({
  role: customerRole,
  timezone: z.string().nullable(),
  locale: z.string().nullable(),
  pausedUntil: isoDate.nullable(),
  optedOutAt: isoTime.nullable(),
  optedOutVia: z.string().nullable(),
  consentAt: isoTime.nullable(),
  consentSource: z.string().nullable(),
  contactHoursStart: z.string().nullable(),
  contactHoursEnd: z.string().nullable(),
  notes: z.string().nullable(),
});
export type CustomerDetail = z.infer<typeof customerDetail>;

export const invoiceStatus = z.enum(['open', 'paid', 'written_off']);
export const invoiceRow = z.object({
  id,
  customerId: id,
  customerName: z.string(),
  reference: z.string(),
  issueDate: isoDate.nullable(),
  dueDate: isoDate,
  amountCents: cents,
  paidCents: cents,
  balanceCents: z.number().int(),
  currency: z.string(),
  status: invoiceStatus,
  daysOverdue: z.number().int(),
});
export type InvoiceRow = z.infer<typeof invoiceRow>;

export const paymentRow = z.object({
  id,
  customerId: id,
  invoiceId: id.nullable(),
  amountCents: positiveCents,
  paidOn: isoDate,
  method: z.string().nullable(),
  note: z.string().nullable(),
});
export type PaymentRow = z.infer<typeof paymentRow>;

export const totals = z.object({
  customers: z.number().int(),
  balanceCents: z.number().int(),
  overdueCents: z.number().int(),
  overdueCustomers: z.number().int(),
});

export const ledgerContract = {
  'customers.list': method(
    z.object({
      search: z.string().max(100).optional(),
      filter: customerFilter.optional(),
      limit: z.number().int().min(1).max(200_000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    z.object({ customers: z.array(customerRow), total: z.number().int(), totals }),
  ),
  'customers.get': method(
    z.object({ id }),
    z.object({ customer: customerDetail, invoices: z.array(invoiceRow), payments: z.array(paymentRow) }),
  ),
  'customers.add': method(z.object(customerFields), z.object({ customer: customerDetail })),
  'customers.update': method(
    z.object({ id, ...z.object(customerFields).partial().shape }),
    z.object({ customer: customerDetail }),
  ),
  'invoices.list': method(
    z.object({ customerId: id.optional(), status: invoiceStatus.optional(), limit: z.number().int().min(1).max(500_000).optional() }),
    z.object({ invoices: z.array(invoiceRow) }),
  ),
  'invoices.add': method(
    z.object({
      customerId: id,
      reference: z.string().trim().min(1, 'reference_required').max(60),
      issueDate: isoDate.nullable().optional(),
      dueDate: isoDate,
      amountCents: positiveCents,
      paidCents: cents.optional(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'invalid_currency').optional(),
    }),
    z.object({ invoice: invoiceRow }),
  ),
  'invoices.update': method(
    z.object({
      id,
      reference: z.string().trim().min(1, 'reference_required').max(60).optional(),
      issueDate: isoDate.nullable().optional(),
      dueDate: isoDate.optional(),
      amountCents: positiveCents.optional(),
    }),
    z.object({ invoice: invoiceRow }),
  ),
  'payments.add': method(
    z.object({
      customerId: id,
      invoiceId: id.optional(),
      amountCents: positiveCents,
      paidOn: isoDate.optional(),
      method: z.string().max(40).optional(),
      note: z.string().max(200).optional(),
    }),
    z.object({ payment: paymentRow, invoices: z.array(invoiceRow) }),
  ),
  'payments.list': method(z.object({ customerId: id.optional() }), z.object({ payments: z.array(paymentRow) })),
  'demo.load': method(z.object({}), z.object({ customers: z.number().int(), invoices: z.number().int(), payments: z.number().int() })),
};
