import { fillSlots } from './fill';

// Error messages in words a bookkeeper understands, zh-CN first. Keys are stable error codes.
export type Lang = 'zh-CN' | 'en';
type Catalog = Record<string, { 'zh-CN': string; en: string }>;

export const ERROR_MESSAGES: Catalog = {
  internal: { 'zh-CN': '程序内部出错：{{detail}}', en: 'Internal error: {{detail}}' },
  usage: { 'zh-CN': '用法错误：{{detail}}', en: 'Usage error: {{detail}}' },
  unknown_command: { 'zh-CN': '没有这个命令：{{command}}。运行 duebell --help 查看可用命令。', en: 'Unknown command: {{command}}. Run duebell --help to see the commands.' },
  unknown_method: { 'zh-CN': '没有这个操作：{{method}}', en: 'Unknown operation: {{method}}' },
  invalid_input: { 'zh-CN': '输入有误：{{detail}}', en: 'Invalid input: {{detail}}' },
  invalid_date: { 'zh-CN': '日期格式不对，请用 年-月-日（例如 2026-11-05）', en: 'Not a valid date; use YYYY-MM-DD (e.g. 2026-11-05)' },
  invalid_time: { 'zh-CN': '时间格式不对，请用 时:分（例如 08:00）', en: 'Not a valid time; use HH:MM (e.g. 08:00)' },
  invalid_now: { 'zh-CN': '--now 需要带时区的时间，例如 2026-11-30T10:00:00+08:00', en: '--now needs a time with an offset, e.g. 2026-11-30T10:00:00+08:00' },
  invalid_amount: { 'zh-CN': '金额必须是整数分', en: 'The amount must be a whole number of cents' },
  invalid_number: { 'zh-CN': '这里需要一个整数', en: 'A whole number is needed here' },
  invalid_money: { 'zh-CN': '金额格式不对：{{value}}（例如 1234.50）', en: 'Not a valid amount: {{value}} (e.g. 1234.50)' },
  negative_amount: { 'zh-CN': '金额不能为负数', en: 'The amount cannot be negative' },
  amount_not_positive: { 'zh-CN': '金额必须大于零', en: 'The amount must be greater than zero' },
  amount_too_large: { 'zh-CN': '金额太大', en: 'The amount is too large' },
  out_of_range: { 'zh-CN': '数值超出允许范围', en: 'The value is out of range' },
  invalid_timezone: { 'zh-CN': '不认识的时区（例如 Asia/Shanghai）', en: 'Unknown time zone (e.g. Asia/Shanghai)' },
  invalid_currency: { 'zh-CN': '币种应为三个大写字母（例如 CNY）', en: 'Currency must be three capital letters (e.g. CNY)' },
  name_required: { 'zh-CN': '请填写名称', en: 'A name is required' },
  reference_required: { 'zh-CN': '请填写单据编号', en: 'An invoice reference is required' },
  unknown_setting: { 'zh-CN': '没有这个设置项：{{key}}', en: 'Unknown setting: {{key}}' },
  invalid_setting: { 'zh-CN': '设置 {{key}} 的值无效：{{detail}}', en: 'Invalid value for {{key}}: {{detail}}' },
  mobile_landline: { 'zh-CN': '{{value}} 是固定电话，收不到短信；请填写手机号码', en: '{{value}} is a landline and cannot receive SMS; enter a mobile number' },
  mobile_invalid: { 'zh-CN': '{{value}} 不是有效的手机号码', en: '{{value}} is not a valid mobile number' },
  customer_not_found: { 'zh-CN': '找不到客户 #{{id}}', en: 'Customer #{{id}} not found' },
  invoice_not_found: { 'zh-CN': '找不到单据 #{{id}}', en: 'Invoice #{{id}} not found' },
  duplicate_customer_code: { 'zh-CN': '客户编码 {{code}} 已被其他客户使用', en: 'Customer code {{code}} is already used by another customer' },
  duplicate_invoice: { 'zh-CN': '该客户已有单据编号 {{reference}}', en: 'This customer already has invoice {{reference}}' },
  due_before_issue: { 'zh-CN': '到期日（{{due}}）不能早于开票日（{{issue}}）', en: 'The due date ({{due}}) cannot be before the issue date ({{issue}})' },
  paid_exceeds_amount: { 'zh-CN': '已收金额不能超过应收金额', en: 'The paid amount cannot exceed the invoice amount' },
  payment_exceeds_balance: { 'zh-CN': '收款 {{amount}} 超过未收余额 {{balance}}', en: 'The payment of {{amount}} exceeds the open balance of {{balance}}' },
  nothing_owed: { 'zh-CN': '该客户没有未付清的单据', en: 'This customer has no open invoice' },
  invoice_other_customer: { 'zh-CN': '单据 #{{id}} 不属于该客户', en: 'Invoice #{{id}} belongs to another customer' },
  db_newer: { 'zh-CN': '账本文件来自更新版本的 Duebell（版本 {{found}}，本程序支持到 {{supported}}），请先升级程序。', en: 'This ledger was written by a newer Duebell (schema {{found}}, this app supports up to {{supported}}). Please update the app.' },
  db_open_failed: { 'zh-CN': '无法打开账本文件 {{path}}：{{detail}}', en: 'Cannot open the ledger file {{path}}: {{detail}}' },
  db_not_ledger: { 'zh-CN': '{{path}} 不是 Duebell 账本文件', en: '{{path}} is not a Duebell ledger file' },
  ledger_exists: { 'zh-CN': '已有同名账本：{{name}}', en: 'A ledger with this name already exists: {{name}}' },
  demo_not_empty: { 'zh-CN': '账本里已有数据；示例数据只能载入到空账本', en: 'This ledger already has data; demo data loads only into an empty ledger' },
  unauthorized: { 'zh-CN': '缺少或错误的访问令牌', en: 'Missing or wrong access token' },
  forbidden_origin: { 'zh-CN': '拒绝来自其他网站的请求', en: 'Requests from other sites are refused' },
  body_too_large: { 'zh-CN': '请求内容太大', en: 'The request body is too large' },
  invalid_json: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
};

export function translateError(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = ERROR_MESSAGES[code];
  if (!entry) return code;
  return fillSlots(entry[lang], (k) => {
    const v = params[k];
    if (v === undefined) return '';
    // A nested detail may itself be an error code (e.g. a schema's message): translate it too.
    if (k === 'detail' && typeof v === 'string' && v !== code && Object.hasOwn(ERROR_MESSAGES, v)) {
      return translateError(v, lang);
    }
    return String(v);
  });
}

export const isKnownErrorCode = (code: string): boolean => Object.hasOwn(ERROR_MESSAGES, code);

/** Domain code registers extra messages (each module owns its codes). Refuses duplicates. */
export function registerErrorMessages(extra: Catalog): void {
  for (const [code, entry] of Object.entries(extra)) {
    if (Object.hasOwn(ERROR_MESSAGES, code)) throw new Error(`error code registered twice: ${code}`);
    ERROR_MESSAGES[code] = entry;
  }
}
