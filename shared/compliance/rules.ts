import type { Pack } from './pack';
import type { Localized, Severity } from './types';

export type RuleLevel = 'template' | 'message' | 'send';

export interface RuleMeta {
  id: string;
  /** 'any' for checks that are not jurisdiction-specific (template syntax, SMS length). */
  pack: Pack | 'any';
  level: RuleLevel;
  severity: Severity;
  title: Localized;
  source: string;
}

const r = (id: string, pack: RuleMeta['pack'], level: RuleLevel, severity: Severity, zh: string, en: string, source: string): RuleMeta => ({
  id,
  pack,
  level,
  severity,
  title: { 'zh-CN': zh, en },
  source,
});

// Mirrors reference/compliance.md; send-level rules are listed for the planner and the UI.
const LIST: RuleMeta[] = [
  r('CN-01', 'cn', 'send', 'block', '发送时间须在 08:00–22:00 之间', 'Send between 08:00 and 22:00', '金融机构个人消费类贷款催收工作指引(试行) (2026); NIFA 互联网金融贷后催收业务指引 (2024)'),
  r('CN-01b', 'cn', 'send', 'warn', '21:00 以后发送', 'Sending after 21:00', 'cloud SMS providers 08:00–21:00 window'),
  r('CN-02', 'cn', 'send', 'block', '发送频率超过上限', 'Frequency cap reached', 'NIFA 2024 (call caps as a ceiling); Aliyun 50/day'),
  r('CN-02b', 'cn', 'send', 'warn', '距上次提醒间隔过短', 'Too soon after the last reminder', 'seed article §2.3; NIFA 2024'),
  r('CN-03', 'cn', 'send', 'block', '收信人必须是债务人本人', 'The recipient must be the debtor', '信用卡业务监督管理办法 Art. 68; 自律公约 (2018) Arts. 13, 14, 18'),
  r('CN-04', 'cn', 'template', 'block', '须写明债权人（商家名称或签名）', 'The creditor must be named', '自律公约 Art. 15'),
  r('CN-05', 'cn', 'template', 'block', '不得冒充公检法、政府或律师', 'No claim to be police, court, government or a lawyer', '银行保险机构消费者权益保护管理办法 Art. 41; CBA 2026'),
  r('CN-06', 'cn', 'template', 'block', '不得威胁、辱骂、暴力', 'No threats, insults or violence', '消保办法 Art. 41; 信用卡办法 Art. 68; 自律公约 Art. 16; 治安管理处罚法; 刑法 Art. 293-1'),
  r('CN-07', 'cn', 'template', 'block', '不得虚构黑名单或夸大法律后果', 'No invented blacklist or exaggerated legal consequence', 'CBA 2026'),
  r('CN-08', 'cn', 'template', 'block', '不得威胁曝光或告知他人', 'No threat to publish or tell others', 'CBA 2026; 自律公约 Art. 18'),
  r('CN-09', 'cn', 'template', 'block', '不得收取催收费、要求转入个人账户或以贷还贷', 'No collection fee, personal account or new loans', 'CBA 2026; 自律公约 Art. 19'),
  r('CN-10', 'cn', 'template', 'warn', '联系方式应为商家官方渠道', 'Use the business’s official contact details', '自律公约 Art. 19'),
  r('CN-11', 'cn', 'template', 'block', '不得包含身份证号、完整银行卡号等不必要信息', 'No ID-card or full bank card numbers', '个人信息保护法 Art. 6'),
  r('CN-12', 'cn', 'template', 'block', '催款短信中不得夹带营销内容', 'No marketing inside a reminder', '通信短信息服务管理规定 (MIIT Order 31, 2015)'),
  r('CN-13', 'cn', 'template', 'block', '该短信平台不允许发送催款内容', 'This provider does not allow debt reminders', 'provider template rules (Aliyun, Tencent Cloud, Huawei Cloud)'),
  r('CN-14', 'cn', 'template', 'block', '该短信平台的正文不允许使用此符号', 'This provider does not allow this symbol in the body', 'provider template rules (Tencent Cloud, Huawei Cloud)'),
  r('CN-15', 'cn', 'send', 'block', '客户有争议或要求停止联系', 'Customer disputes or asked not to be contacted', 'CBA 2026'),
  r('CN-R1', 'cn', 'template', 'warn', '缺少必要信息', 'A required fact is missing', 'seed article §2.1, §3.1'),
  r('US-01', 'us', 'send', 'block', '发送时间须在 08:00–21:00 之间', 'Send between 08:00 and 21:00', '15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)'),
  r('US-03', 'us', 'template', 'block', '每条短信须有退订说明', 'Every text needs a clear opt-out', '12 CFR 1006.6(e)'),
  r('US-04', 'us', 'send', 'block', '已回复退订', 'The customer opted out', '47 CFR 64.1200(a)(10)–(12) (2025); CTIA Messaging Principles'),
  r('US-05', 'us', 'send', 'block', '客户要求停止、已委托律师或拒绝付款', 'Cease request, attorney or refusal to pay', '12 CFR 1006.6(b)(2), (c)'),
  r('US-07', 'us', 'send', 'block', '第三方催收须有催收声明', 'Debt-collector disclosure required', '15 USC 1692e(11); 12 CFR 1006.18(e)'),
  r('US-08', 'us', 'template', 'block', '不得威胁、辱骂、冒充或虚假陈述', 'No threats, abuse, false affiliation or false statements', '15 USC 1692d, 1692e'),
  r('US-09', 'us', 'send', 'warn', '发送频率超过上限', 'Text cap reached', '12 CFR 1006.14'),
  r('US-11', 'us', 'send', 'block', '缺少该手机号的同意记录', 'No consent record for this number', '47 USC 227(b)(1)(A)(iii)'),
  r('US-12', 'us', 'send', 'block', '第三方催收不可使用 Twilio', 'Third-party collection is not allowed on Twilio', 'Twilio policy (errors 30863 / 30460)'),
  r('UK-01', 'uk', 'send', 'block', '发送时间须在 08:00–21:00 之间', 'Send between 08:00 and 21:00', 'FCA CONC 7.9; MCOB 13.5.4G'),
  r('UK-02', 'uk', 'send', 'warn', '联系过于频繁', 'Excessive contact', 'CONC 2.2.2G; Administration of Justice Act 1970 s.40'),
  r('UK-03', 'uk', 'template', 'block', '不得包含令人难堪或告知他人的内容', 'Nothing embarrassing; no threat of disclosure', 'CONC 7.9.6R–7.9.10R'),
  r('UK-04', 'uk', 'template', 'block', '不得使用误导性诱饵', 'No misleading lure', 'CONC 7.9.2R'),
  r('UK-05', 'uk', 'template', 'block', '不得虚称法警、法院、律师或威胁不能合法采取的行动', 'No false bailiff/court/solicitor claims or unlawful threats', 'CONC 7.11; AJA 1970 s.40(1)'),
  r('UK-06', 'uk', 'send', 'block', '回电号码不得为高费率号码', 'Callback number must not be premium-rate', 'CONC 7.9'),
  r('GDPR', 'uk', 'template', 'warn', '内容应最少必要，催款中不得推广', 'Minimal content; no promotion inside a reminder', 'GDPR Art. 5, 6, 21; ICO direct-marketing guidance'),
  r('TPL-00', 'any', 'template', 'block', '占位符无效', 'Invalid placeholder', 'Duebell template syntax'),
  r('TPL-01', 'any', 'template', 'warn', '占位符对应的设置为空', 'Placeholder setting is empty', 'Duebell settings'),
  r('TPL-02', 'any', 'message', 'block', '有未替换的占位符', 'A placeholder was left unrendered', 'Duebell template syntax'),
  r('TPL-03', 'any', 'message', 'block', '有空值', 'An empty value was rendered', 'Duebell template syntax'),
  r('SMS-00', 'any', 'message', 'info', '短信长度', 'Message length', '3GPP TS 23.038 / 23.040'),
  r('SMS-01', 'any', 'message', 'warn', '超过 3 条短信', 'More than 3 SMS parts', 'carrier practice; cost'),
  r('SMS-02', 'any', 'message', 'block', '超过 255 条短信', 'More than 255 SMS parts', '3GPP TS 23.040 (concatenation UDH)'),
  r('SMS-03', 'any', 'message', 'info', '可替换的字符', 'Replaceable character', '3GPP TS 23.038'),
  r('SMS-04', 'cn', 'message', 'warn', '超过短信平台 500 字上限', 'Over the providers’ 500-character cap', 'Chinese SMS provider billing rules'),
];

export const RULES: Readonly<Record<string, RuleMeta>> = Object.fromEntries(LIST.map((rule) => [rule.id, rule]));
export const RULE_LIST: readonly RuleMeta[] = LIST;

export function ruleMeta(id: string): RuleMeta {
  const meta = RULES[id];
  if (!meta) throw new Error(`unknown rule id: ${id}`);
  return meta;
}
