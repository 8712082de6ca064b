import { describe, expect, it } from 'vitest';
import { applySignature, type RenderContext, renderTemplate, SAMPLE_CONTEXT } from '../../../shared/template';

const ctx: RenderContext = { ...SAMPLE_CONTEXT, business: { ...SAMPLE_CONTEXT.business, signature: '' } };

describe('renderTemplate', () => {
  it('formats money and dates for Chinese', () => {
    const r = renderTemplate('{{customer.name}}：{{amount_due}}，{{due_date}}，{{days_overdue}}天，{{invoice_refs}}', ctx, 'zh-CN');
    expect(r).toEqual({ ok: true, text: '张三：1,234.50元，2026年11月5日，12天，INV-1001、INV-1002' });
  });

  it('formats money and dates for English', () => {
    const r = renderTemplate('{{amount_due}} due {{due_date}}; {{invoice_count}} invoices: {{invoice_refs}}', ctx, 'en');
    expect(r).toEqual({ ok: true, text: 'CN¥1,234.50 due Nov 5, 2026; 2 invoices: INV-1001, INV-1002' });
  });

  it('lists placeholders without a value instead of sending blanks', () => {
    const empty: RenderContext = { ...ctx, customer: { name: '  ' }, lateFee: null, paymentLink: '' };
    const r = renderTemplate('{{customer.name}} {{late_fee}} {{payment_link}} {{customer.name}} {{amount_due}}', empty, 'en');
    expect(r).toEqual({ ok: false, missing: ['customer.name', 'late_fee', 'payment_link'] });
  });

  it('prefixes the 【signature】 for the cn pack only, once', () => {
    const signed: RenderContext = { ...ctx, business: { ...ctx.business, signature: '好运五金' } };
    expect(renderTemplate('您好{{customer.name}}', signed, 'zh-CN')).toEqual({ ok: true, text: '【好运五金】您好张三' });
    expect(renderTemplate('Hi {{customer.name}}', signed, 'en')).toEqual({ ok: true, text: 'Hi 张三' });
    expect(renderTemplate('Hi', signed, 'en', 'cn')).toEqual({ ok: true, text: '【好运五金】Hi' });
  });

  it('does not evaluate anything inside values', () => {
    const tricky: RenderContext = { ...ctx, customer: { name: '{{amount_due}}' } };
    expect(renderTemplate('Hi {{customer.name}}', tricky, 'en')).toEqual({ ok: true, text: 'Hi {{amount_due}}' });
  });
});

describe('applySignature', () => {
  it('accepts a signature typed with brackets and does not double it', () => {
    expect(applySignature('您好', '【好运】', 'cn')).toBe('【好运】您好');
    expect(applySignature('【好运】您好', '好运', 'cn')).toBe('【好运】您好');
    expect(applySignature('您好', ' ', 'cn')).toBe('您好');
    expect(applySignature('Hello', 'Luck', 'uk')).toBe('Hello');
  });
});
