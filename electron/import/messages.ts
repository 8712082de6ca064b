// Import error and row-reason messages, in words a bookkeeper understands. Row reasons are
// registered as `import_row_<reason>` so they never clash with the app's own codes.
import { registerErrorMessages, translateError } from '../../shared/i18n/errors';
import './commit-messages';
import type { LocalisedMessage } from './types';

registerErrorMessages({
  import_empty: { 'zh-CN': '文件是空的，没有可导入的内容', en: 'The file is empty; there is nothing to import' },
  import_corrupt: {
    'zh-CN': '文件已损坏或不是有效的表格文件，请在 Excel/WPS 中打开后重新保存再试',
    en: 'The file is damaged or not a valid spreadsheet; open it in Excel/WPS, save it again and retry',
  },
  import_encrypted: {
    'zh-CN': '文件设置了打开密码，请在 Excel/WPS 中取消密码后再导入',
    en: 'The file is password-protected; remove the password in Excel/WPS and import it again',
  },
  import_unsupported: {
    'zh-CN': '不支持这种文件格式，请使用 .xlsx、.xls、.ods 或 .csv',
    en: 'This file format is not supported; use .xlsx, .xls, .ods or .csv',
  },
  import_too_large: {
    'zh-CN': '文件太大（{{what}} 超过上限 {{limit}}），请拆分后再导入',
    en: 'The file is too large ({{what}} over the limit of {{limit}}); split it and import the parts',
  },
  import_timeout: {
    'zh-CN': '读取文件超时（{{seconds}} 秒），文件可能过大或已损坏',
    en: 'Reading the file took too long ({{seconds}} s); it may be too large or damaged',
  },
  import_unreadable: { 'zh-CN': '无法读取文件 {{file}}：{{detail}}', en: 'Cannot read the file {{file}}: {{detail}}' },
  import_sheet_not_found: {
    'zh-CN': '文件中没有名为“{{sheet}}”的工作表',
    en: 'The file has no sheet named "{{sheet}}"',
  },
  import_no_header: {
    'zh-CN': '找不到表头（例如“客户名称”“到期日”“金额”），请检查工作表或手动指定列',
    en: 'No header row found (such as "Customer", "Due date", "Amount"); check the sheet or map the columns by hand',
  },
  import_bad_mapping: {
    'zh-CN': '列对应关系无效：{{detail}}',
    en: 'Invalid column mapping: {{detail}}',
  },
  import_row_missing_name: { 'zh-CN': '缺少客户名称', en: 'The customer name is missing' },
  import_row_missing_due_date: {
    'zh-CN': '缺少到期日（不会用开票日代替），请补上到期日',
    en: 'The due date is missing (the issue date is not used instead); add a due date',
  },
  import_row_missing_amount: { 'zh-CN': '缺少金额', en: 'The amount is missing' },
  import_row_invalid_amount: {
    'zh-CN': '{{column}}“{{value}}”不是有效金额',
    en: '{{column}} "{{value}}" is not a valid amount',
  },
  import_row_invalid_date: {
    'zh-CN': '{{column}}“{{value}}”不是有效日期',
    en: '{{column}} "{{value}}" is not a valid date',
  },
  import_row_due_before_issue: {
    'zh-CN': '到期日（{{due}}）早于开票日（{{issue}}）',
    en: 'The due date ({{due}}) is before the issue date ({{issue}})',
  },
  import_row_negative_amount: {
    'zh-CN': '{{column}}为负数（{{value}}）',
    en: '{{column}} is negative ({{value}})',
  },
  import_row_paid_exceeds_amount: {
    'zh-CN': '已收金额（{{paid}}）超过应收金额（{{amount}}）',
    en: 'The paid amount ({{paid}}) exceeds the invoice amount ({{amount}})',
  },
  import_row_balance_exceeds_amount: {
    'zh-CN': '未收金额（{{balance}}）大于应收金额（{{amount}}）',
    en: 'The balance ({{balance}}) is larger than the invoice amount ({{amount}})',
  },
  import_row_field_too_long: {
    'zh-CN': '{{column}}太长（最多 {{limit}} 个字）',
    en: '{{column}} is too long (at most {{limit}} characters)',
  },
  import_row_conflicting_duplicate: {
    'zh-CN': '单据编号 {{reference}} 在文件中出现多次且内容不同（第 {{rows}} 行），请核对',
    en: 'Invoice {{reference}} appears more than once with different values (rows {{rows}}); please check',
  },
  import_row_blank: { 'zh-CN': '空行', en: 'Blank row' },
  import_row_totals_row: { 'zh-CN': '合计行，已跳过', en: 'Totals row, skipped' },
  import_row_duplicate_row: {
    'zh-CN': '与第 {{first}} 行完全相同，只导入一次',
    en: 'Identical to row {{first}}; imported once',
  },
  import_row_balance_mismatch: {
    'zh-CN': '未收金额（{{balance}}）不等于应收（{{amount}}）减已收（{{paid}}），已按应收和已收导入',
    en: 'The balance ({{balance}}) is not the amount ({{amount}}) minus paid ({{paid}}); imported using amount and paid',
  },
  import_row_phone_missing: { 'zh-CN': '没有电话号码，无法发送短信', en: 'No phone number; no SMS can be sent' },
  import_row_phone_landline: {
    'zh-CN': '“{{value}}”是固定电话，收不到短信',
    en: '"{{value}}" is a landline and cannot receive SMS',
  },
  import_row_phone_invalid: {
    'zh-CN': '“{{value}}”不是有效的手机号码',
    en: '"{{value}}" is not a valid mobile number',
  },
});

/** A row message in both languages, from the registered catalog. */
export function rowMessage(reason: string, params: Record<string, unknown> = {}): LocalisedMessage {
  const code = `import_row_${reason}`;
  return { 'zh-CN': translateError(code, 'zh-CN', params), en: translateError(code, 'en', params) };
}
