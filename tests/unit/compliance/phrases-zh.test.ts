import { describe, expect, it } from 'vitest';
import { phraseHints, summary } from './helpers';

// Curated corpus per family: phrases that MUST be flagged (with the rule) and benign sentences
// that MUST NOT be. Each case states the exact words the span must cover.
const MUST_FLAG: [string, string, string][] = [
  // CN-05 authority
  ['我们已将此事移交公安机关处理', 'CN-05', '公安'],
  ['你的案件已转交法院', 'CN-05', '法院'],
  ['将向你发送律师函', 'CN-05', '律师函'],
  ['派出所会联系你', 'CN-05', '派出所'],
  ['公.安已经介入', 'CN-05', '公.安'],
  ['經偵部門已立案', 'CN-05', '經偵'],
  ['政府部门将介入', 'CN-05', '政府'],
  // CN-06 threats
  ['再不还就让你坐牢', 'CN-06', '坐牢'],
  ['再不还就让你坐 牢', 'CN-06', '坐 牢'],
  ['我们会上门找你', 'CN-06', '上门'],
  ['后果自负', 'CN-06', '后果自负'],
  ['後果自負', 'CN-06', '後果自負'],
  ['你等着瞧', 'CN-06', '你等着'],
  ['小心我们起诉你全家', 'CN-06', '起诉你全家'],
  ['追究你的刑事责任', 'CN-06', '刑事责任'],
  // CN-06 insults
  ['你这个老赖', 'CN-06', '老赖'],
  ['真是不要脸', 'CN-06', '不要脸'],
  ['你就是个骗子', 'CN-06', '骗子'],
  // CN-07 invented consequences
  ['把你拉入黑名单', 'CN-07', '黑名单'],
  ['已上报征信黑名单', 'CN-07', '征信黑名单'],
  ['我们将起 诉你', 'CN-07', '起 诉'],
  ['全网通缉你', 'CN-07', '全网通缉'],
  ['列入不良信用库', 'CN-07', '不良信用库'],
  // CN-08 exposure
  ['我们会爆你通讯录', 'CN-08', '通讯录'],
  ['将在朋友圈曝光', 'CN-08', '朋友圈'],
  ['通知你单位领导', 'CN-08', '通知你单位'],
  ['我们会告诉您的家人', 'CN-08', '告诉您的家人'],
  ['在小区张贴欠款信息', 'CN-08', '张贴'],
  // CN-09 fees / personal accounts / new loans
  ['需另付催收费200元', 'CN-09', '催收费'],
  ['请转到我的个人账户', 'CN-09', '个人账户'],
  ['請轉入個人帳戶', 'CN-09', '個人帳戶'],
  ['可以以贷还贷', 'CN-09', '以贷还贷'],
  ['去借网贷还给我们', 'CN-09', '借网贷'],
  // CN-10 personal contact
  ['请加我个人微信', 'CN-10', '加我个人微信'],
  // CN-12 marketing
  ['本店新品八折优惠', 'CN-12', '新品'],
  ['限时抢购', 'CN-12', '限时'],
  // Traditional forms fold to simplified
  ['追究你的刑事責任', 'CN-06', '刑事責任'],
  ['將強制執行', 'CN-07', '強制執行'],
  ['通知你的鄰居', 'CN-08', '通知你的鄰居'],
  ['清倉大促', 'CN-12', '清倉'],
  // Full-width letters fold too
  ['ＰＯＬＩＣＥ are coming', 'CN-06', 'ＰＯＬＩＣＥ'],
];

const MUST_PASS = [
  '逾期可能产生滞纳金并影响您的信用记录',
  '如有疑问请联系我们',
  '逾期将影响您的信用',
  '请您于本月底前付款，感谢您的配合',
  '如已付款请忽略本短信',
  '我们的办公安排如下：周一至周五营业',
  '本店提供上门服务',
  '请勿转账到个人账户，请通过对公账户付款',
  '我们不收取任何催收费',
  '您的货款共计1,234.50元，已逾期12天',
  '感谢您一直以来的支持与合作',
  '如需协商付款时间，请致电0571-88886666',
  '尊敬的客户，您好！这里是好运五金店',
  '您可以在公众号查看账单',
];

describe('Chinese phrase families', () => {
  it.each(MUST_FLAG)('flags %s as %s on “%s”', (text, rule, words) => {
    const hints = phraseHints(text);
    const hit = hints.find((h) => h.rule === rule && text.slice(h.start, h.end) === words);
    expect(hit, JSON.stringify(summary(text))).toBeDefined();
    expect(hit?.severity).toBe(rule === 'CN-10' ? 'warn' : 'block');
  });

  it.each(MUST_PASS)('does not flag the benign sentence %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('gives exactly two blocks, CN-07 and CN-08, for a blacklist-and-family threat', () => {
    const text = '再不还钱就把你拉进黑名单，通知你家人';
    expect(summary(text)).toEqual([
      ['CN-07', 'block', '黑名单'],
      ['CN-08', 'block', '通知你家人'],
    ]);
  });

  // Choice: an anti-fraud notice is not a claim to be the police (so not CN-05's block), but it
  // does not belong in a payment reminder and can alarm the reader, so it is a warning.
  it('warns, not blocks, on an anti-fraud notice mentioning the police', () => {
    const text = '请勿相信冒充公安的诈骗电话';
    const hints = phraseHints(text);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ rule: 'CN-05', severity: 'warn', messageKey: 'authority_antifraud' });
    expect(text.slice(hints[0]!.start, hints[0]!.end)).toBe('公安');
  });

  it('does not let a placeholder join two halves of a phrase', () => {
    expect(summary('公{{customer.name}}安')).toEqual([]);
  });

  it('gives every hint both translations, with the phrase filled in', () => {
    const [hint] = phraseHints('你这个老赖');
    expect(hint?.message['zh-CN']).toContain('老赖');
    expect(hint?.message.en).toContain('老赖');
    expect(hint?.message['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(hint?.source).toMatch(/Art/);
  });
});
