import { formatCentsPlain } from '../../../../shared/money';
import type { Command } from '../command';
import { call, intOpt, moneyOpt, opt, requireOpt, table } from '../support';

const FILTERS = ['all', 'overdue', 'not_due', 'paid', 'opted_out', 'unreachable'] as const;
type Filter = (typeof FILTERS)[number];

function filterOpt(value: string | undefined): Filter | undefined {
  if (value === undefined) return undefined;
  return (FILTERS as readonly string[]).includes(value) ? (value as Filter) : ('invalid' as Filter);
}

export const ledgerCommands: Command[] = [
  {
    path: ['customers', 'list'],
    summary: { 'zh-CN': '列出客户及欠款', en: 'List customers with balances' },
    usage: 'customers list [--search TEXT] [--filter all|overdue|not_due|paid|opted_out|unreachable]',
    valueOptions: ['search', 'filter'],
    async run(io) {
      const out = await call(io, 'customers.list', { search: opt(io, 'search'), filter: filterOpt(opt(io, 'filter')) });
      io.print(
        table([
          ['ID', io.lang === 'en' ? 'Name' : '客户', io.lang === 'en' ? 'Mobile' : '手机', io.lang === 'en' ? 'Balance' : '欠款', io.lang === 'en' ? 'Days' : '逾期天数', io.lang === 'en' ? 'Status' : '状态'],
          ...out.customers.map((c) => [String(c.id), c.name, c.mobile ?? `(${c.phoneRaw ?? '—'})`, formatCentsPlain(c.balanceCents), String(c.daysOverdue), c.status]),
        ]).join('\n'),
      );
      return { json: out };
    },
  },
  {
    path: ['customers', 'add'],
    summary: { 'zh-CN': '新增客户', en: 'Add a customer' },
    usage: 'customers add --name NAME [--mobile PHONE] [--code CODE] [--timezone TZ]',
    valueOptions: ['name', 'mobile', 'code', 'timezone', 'locale', 'notes'],
    async run(io) {
      const locale = opt(io, 'locale');
      const out = await call(io, 'customers.add', {
        name: requireOpt(io, 'name'),
        mobile: opt(io, 'mobile') ?? null,
        code: opt(io, 'code') ?? null,
        timezone: opt(io, 'timezone') ?? null,
        locale: locale === 'zh-CN' || locale === 'en' ? locale : undefined,
        notes: opt(io, 'notes') ?? null,
      });
      io.print(`#${out.customer.id} ${out.customer.name} ${out.customer.mobile ?? ''}`);
      return { json: out };
    },
  },
  {
    path: ['invoices', 'list'],
    summary: { 'zh-CN': '列出应收单据', en: 'List invoices' },
    usage: 'invoices list [--customer ID] [--status open|paid|written_off]',
    valueOptions: ['customer', 'status'],
    async run(io) {
      const status = opt(io, 'status');
      const out = await call(io, 'invoices.list', {
        customerId: intOpt(io, 'customer'),
        status: status as 'open' | 'paid' | 'written_off' | undefined,
      });
      io.print(
        table(out.invoices.map((i) => [String(i.id), i.customerName, i.reference, i.dueDate, formatCentsPlain(i.amountCents), formatCentsPlain(i.balanceCents), i.status])).join('\n'),
      );
      return { json: out };
    },
  },
  {
    path: ['invoices', 'add'],
    summary: { 'zh-CN': '新增应收单据', en: 'Add an invoice' },
    usage: 'invoices add --customer ID --ref REF --due YYYY-MM-DD --amount 1234.50 [--issued YYYY-MM-DD] [--paid 0]',
    valueOptions: ['customer', 'ref', 'due', 'amount', 'issued', 'paid', 'currency'],
    async run(io) {
      const out = await call(io, 'invoices.add', {
        customerId: intOpt(io, 'customer') ?? Number.NaN,
        reference: requireOpt(io, 'ref'),
        dueDate: requireOpt(io, 'due'),
        issueDate: opt(io, 'issued') ?? null,
        amountCents: moneyOpt(io, 'amount') ?? Number.NaN,
        paidCents: moneyOpt(io, 'paid'),
        currency: opt(io, 'currency'),
      });
      io.print(`#${out.invoice.id} ${out.invoice.reference} ${formatCentsPlain(out.invoice.balanceCents)}`);
      return { json: out };
    },
  },
  {
    path: ['payments', 'add'],
    summary: { 'zh-CN': '登记收款', en: 'Record a payment' },
    usage: 'payments add --customer ID --amount 1234.50 [--invoice ID] [--date YYYY-MM-DD] [--method TEXT]',
    valueOptions: ['customer', 'amount', 'invoice', 'date', 'method', 'note'],
    async run(io) {
      const out = await call(io, 'payments.add', {
        customerId: intOpt(io, 'customer') ?? Number.NaN,
        amountCents: moneyOpt(io, 'amount') ?? Number.NaN,
        invoiceId: intOpt(io, 'invoice'),
        paidOn: opt(io, 'date'),
        method: opt(io, 'method'),
        note: opt(io, 'note'),
      });
      io.print(`#${out.payment.id} ${formatCentsPlain(out.payment.amountCents)} → ${out.invoices.map((i) => i.reference).join(', ')}`);
      return { json: out };
    },
  },
  {
    path: ['demo', 'load'],
    summary: { 'zh-CN': '载入示例店铺数据', en: 'Load the demo shop' },
    usage: 'demo load',
    async run(io) {
      const out = await call(io, 'demo.load', {});
      io.info(io.lang === 'en' ? `Demo shop loaded: ${out.customers} customers, ${out.invoices} invoices.` : `示例数据已载入：${out.customers} 个客户，${out.invoices} 张单据。`);
      return { json: out };
    },
  },
];
