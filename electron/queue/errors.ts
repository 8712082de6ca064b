import { registerErrorMessages } from '../../shared/i18n/errors';

// The queue's error codes (imported for its side effect by the modules that throw them).
registerErrorMessages({
  message_not_found: { 'zh-CN': '找不到短信 #{{id}}', en: 'Message #{{id}} not found' },
  illegal_transition: {
    'zh-CN': '短信 #{{id}} 当前状态为 {{from}}，不能改为 {{to}}',
    en: 'Message #{{id}} is {{from}} and cannot become {{to}}',
  },
  queue_busy: {
    'zh-CN': '另一个窗口或程序正在发送这个账本的短信（{{holder}}），请稍后再试',
    en: 'Another window or program is sending from this ledger ({{holder}}); try again later',
  },
  nothing_to_cancel: { 'zh-CN': '请指定要取消的短信编号，或使用 --all', en: 'Give the message ids to cancel, or --all' },
});
