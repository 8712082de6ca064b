// The only placeholders a template may use: fixed names, no expressions, no logic.

export const PLACEHOLDER_NAMES = [
  'customer.name',
  'amount_due',
  'days_overdue',
  'due_date',
  'invoice_count',
  'invoice_refs',
  'business.name',
  'business.phone',
  'late_fee',
  'payment_link',
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export const isPlaceholderName = (name: string): name is PlaceholderName =>
  (PLACEHOLDER_NAMES as readonly string[]).includes(name);

export interface PlaceholderInfo {
  name: PlaceholderName;
  label: { 'zh-CN': string; en: string };
  /** An example value for the insert menu's preview. */
  sample: string;
}

/** Catalog for the editor's insert menu, in display order. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'customer.name', label: { 'zh-CN': '客户称呼', en: 'Customer name' }, sample: '张三' },
  { name: 'amount_due', label: { 'zh-CN': '欠款金额', en: 'Amount due' }, sample: '1,234.50元' },
  { name: 'days_overdue', label: { 'zh-CN': '逾期天数', en: 'Days overdue' }, sample: '12' },
  { name: 'due_date', label: { 'zh-CN': '到期日', en: 'Due date' }, sample: '2026年11月5日' },
  { name: 'invoice_count', label: { 'zh-CN': '单据数量', en: 'Number of invoices' }, sample: '2' },
  { name: 'invoice_refs', label: { 'zh-CN': '单据编号', en: 'Invoice numbers' }, sample: 'INV-1001、INV-1002' },
  { name: 'business.name', label: { 'zh-CN': '商家名称', en: 'Business name' }, sample: '好运五金店' },
  { name: 'business.phone', label: { 'zh-CN': '商家电话', en: 'Business phone' }, sample: '0571-88886666' },
  { name: 'late_fee', label: { 'zh-CN': '滞纳金说明', en: 'Late fee' }, sample: '每日万分之五' },
  { name: 'payment_link', label: { 'zh-CN': '付款链接', en: 'Payment link' }, sample: 'https://pay.example.com/x1' },
];
