// Messages of the upsert layer (preview, commit, undo, sessions): its own codes, registered once.
import { registerErrorMessages } from '../../shared/i18n/errors';

registerErrorMessages({
  import_row_amount_below_paid: {
    'zh-CN': '新的应收金额（{{amount}}）低于账本中已收的 {{paid}}，请核对',
    en: 'The new amount ({{amount}}) is below the {{paid}} already paid in the ledger; please check',
  },
  import_row_paid_below_ledger: {
    'zh-CN': '文件中的已收金额（{{file}}）少于账本记录（{{ledger}}），保留账本记录',
    en: 'The paid amount in the file ({{file}}) is less than the ledger’s ({{ledger}}); the ledger’s is kept',
  },
  import_session_expired: {
    'zh-CN': '预览已过期或不存在，请重新选择文件',
    en: 'The preview has expired or does not exist; choose the file again',
  },
  import_upload_not_found: {
    'zh-CN': '上传的文件已过期，请重新选择文件',
    en: 'The uploaded file has expired; choose the file again',
  },
  import_upload_too_large: { 'zh-CN': '文件太大（上限 100 MB）', en: 'The file is too large (limit 100 MB)' },
  import_upload_invalid: { 'zh-CN': '上传的内容不是有效的文件数据', en: 'The upload is not valid file data' },
  import_source_required: {
    'zh-CN': '请指定上传的文件或文件路径（二选一）',
    en: 'Give either an uploaded file or a file path (one of them)',
  },
  import_not_found: { 'zh-CN': '找不到导入记录 #{{id}}', en: 'Import #{{id}} not found' },
  import_already_undone: { 'zh-CN': '导入 #{{id}} 已经撤销过了', en: 'Import #{{id}} has already been undone' },
  import_undo_not_latest: {
    'zh-CN': '只能撤销最近一次导入；请先撤销导入 #{{latest}}',
    en: 'Only the latest import can be undone; undo import #{{latest}} first',
  },
  import_undo_messages_since: {
    'zh-CN': '导入之后已为相关客户安排了 {{count}} 条短信，无法撤销',
    en: '{{count}} message(s) were planned for these customers after the import; it can no longer be undone',
  },
  import_undo_payments_since: {
    'zh-CN': '导入之后已为相关单据登记了 {{count}} 笔收款，无法撤销',
    en: '{{count}} payment(s) were recorded on these invoices after the import; it can no longer be undone',
  },
  import_undo_edited_since: {
    'zh-CN': '导入之后相关客户或单据已被修改（{{count}} 处），无法撤销',
    en: 'Customers or invoices from this import were edited since ({{count}}); it can no longer be undone',
  },
  import_undo_blocked: {
    'zh-CN': '导入的数据已被其他记录引用，无法撤销：{{detail}}',
    en: 'Other records depend on this import’s data; it cannot be undone: {{detail}}',
  },
});
