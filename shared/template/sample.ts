import type { RenderContext } from './render';

/** Sample data for previews (and tests): every placeholder has a value. */
export const SAMPLE_CONTEXT: RenderContext = {
  customer: { name: '张三' },
  amountDueCents: 123_450,
  currency: 'CNY',
  daysOverdue: 12,
  dueDate: '2026-11-05',
  invoiceCount: 2,
  invoiceRefs: ['INV-1001', 'INV-1002'],
  business: { name: '好运五金店', phone: '0571-88886666', signature: '好运五金' },
  lateFee: '每日万分之五',
  paymentLink: 'https://pay.example.com/x1',
};

/** English sample: Latin names keep an English message in GSM-7, as it would be for real. */
export const SAMPLE_CONTEXT_EN: RenderContext = {
  ...SAMPLE_CONTEXT,
  customer: { name: 'Alex Smith' },
  currency: 'USD',
  business: { name: 'Lucky Hardware', phone: '+1 415 555 0134', signature: 'Lucky Hardware' },
  lateFee: '1.5% per month',
};

export const sampleContext = (lang: string): RenderContext => (lang.startsWith('zh') ? SAMPLE_CONTEXT : SAMPLE_CONTEXT_EN);
