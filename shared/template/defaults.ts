import type { Lang } from '../i18n/errors';
import { STAGES, type Stage } from '../compliance/pack';

export { STAGES, type Stage };
export type DefaultTemplateKey = `${Stage}:${Lang}`;

// Polite and factual: who writes, how much, since when, a factual consequence, how to reach us,
// thanks. English texts carry the opt-out the US pack requires (harmless in the UK).
// No late_fee / payment_link placeholders: those depend on settings the user may leave empty.
export const DEFAULT_TEMPLATES: Record<Stage, Record<Lang, string>> = {
  reminder1: {
    'zh-CN':
      '尊敬的{{customer.name}}，您好！这里是{{business.name}}。您有一笔{{amount_due}}的款项已于{{due_date}}到期，目前已逾期{{days_overdue}}天。请您方便时尽快安排付款，逾期可能产生滞纳金。如已付款请忽略本短信，如有疑问请致电{{business.phone}}。感谢您的配合！',
    en: 'Hello {{customer.name}}, this is {{business.name}}. Our records show {{amount_due}} was due on {{due_date}} and is now {{days_overdue}} days overdue. Please arrange payment at your earliest convenience; late payment may incur a late fee. If you have already paid, please ignore this message. Questions? Call {{business.phone}}. Thank you. Reply STOP to opt out.',
  },
  reminder2: {
    'zh-CN':
      '尊敬的{{customer.name}}，您好！{{business.name}}再次提醒：您的欠款{{amount_due}}（到期日{{due_date}}）已逾期{{days_overdue}}天，尚未结清。逾期可能产生滞纳金，请于近日安排付款。如需协商付款时间，请致电{{business.phone}}。感谢您的配合！',
    en: 'Hello {{customer.name}}, this is {{business.name}} with a second reminder: {{amount_due}}, due on {{due_date}}, is now {{days_overdue}} days overdue. Late payment may incur a late fee, so please pay soon. If you need more time, call {{business.phone}} and we will try to agree a plan. Thank you. Reply STOP to opt out.',
  },
  final: {
    'zh-CN':
      '尊敬的{{customer.name}}，您好！这是{{business.name}}的最后一次付款提醒：您的欠款{{amount_due}}已于{{due_date}}到期，现已逾期{{days_overdue}}天。请在7日内付款或致电{{business.phone}}与我们协商。逾期可能产生滞纳金，并按双方约定处理。感谢您的理解与配合。',
    en: 'Hello {{customer.name}}, this is a final reminder from {{business.name}}: {{amount_due}}, due on {{due_date}}, is now {{days_overdue}} days overdue. Please pay within 7 days or call {{business.phone}} to agree a payment plan. Late payment may incur a late fee under our agreed terms. Thank you. Reply STOP to opt out.',
  },
  confirmation: {
    'zh-CN': '尊敬的{{customer.name}}，您好！{{business.name}}已收到您的付款，感谢您的支持！如有疑问请致电{{business.phone}}。',
    en: 'Hello {{customer.name}}, {{business.name}} has received your payment. Thank you! Questions? Call {{business.phone}}. Reply STOP to opt out.',
  },
};

export const defaultTemplate = (stage: Stage, lang: Lang): string => DEFAULT_TEMPLATES[stage][lang];
