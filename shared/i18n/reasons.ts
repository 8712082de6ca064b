import type { Lang } from './errors';
import { fillSlots } from './fill';

// Why a customer is not messaged today, in words the shop owner understands. Keys are the stable
// reason codes of the CLI contract; {{…}} are filled from the exclusion's detail.
export const REASON_MESSAGES: Record<string, Record<Lang, string>> = {
  paid: { 'zh-CN': '已付清，无需提醒', en: 'Paid in full; nothing to remind' },
  not_due: { 'zh-CN': '尚未到期', en: 'Nothing is overdue yet' },
  due_today: { 'zh-CN': '今天到期，明天起才算逾期', en: 'Due today; overdue from tomorrow' },
  below_minimum: { 'zh-CN': '欠款低于提醒起点金额', en: 'Balance below the minimum to chase' },
  no_mobile: { 'zh-CN': '没有手机号码', en: 'No mobile number' },
  invalid_mobile: { 'zh-CN': '号码无法接收短信（固定电话或号码无效）', en: 'The number cannot receive SMS (landline or invalid)' },
  opted_out: { 'zh-CN': '客户已退订短信', en: 'The customer opted out of SMS' },
  disputed: { 'zh-CN': '客户对欠款有异议，暂停提醒', en: 'The customer disputes the debt; reminders suspended' },
  paused: { 'zh-CN': '已暂停提醒至 {{notBefore}}', en: 'Reminders paused until {{notBefore}}' },
  recently_contacted: { 'zh-CN': '最近已提醒过（{{lastContact}}），需间隔几天', en: 'Reminded recently ({{lastContact}}); spacing applies' },
  cap_reached: { 'zh-CN': '已达到提醒次数上限', en: 'The reminder cap is reached' },
  template_blocked: { 'zh-CN': '该阶段的模板有合规问题，已拦截', en: 'The template for this stage has a compliance block' },
  missing_data: { 'zh-CN': '缺少模板需要的信息：{{missing}}', en: 'Missing data the template needs: {{missing}}' },
  final_sent: { 'zh-CN': '最后通知已发送，本轮不再提醒', en: 'The final notice was sent; no more reminders this round' },
  stage_not_due: { 'zh-CN': '下一阶段提醒尚未到时间（{{notBefore}} 起）', en: 'The next stage is not due yet (from {{notBefore}})' },
};

export function translateReason(reason: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = REASON_MESSAGES[reason];
  if (!entry) return reason;
  return fillSlots(entry[lang], (k) => (params[k] === undefined ? '—' : String(params[k])));
}
