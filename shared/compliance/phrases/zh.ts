import type { PhraseFamily } from './family';

// Chinese families (compliance.md "Phrase families"), matched in the zh view, so "公.安", "起 诉"
// and "坐 牢" match too. Lookarounds keep well-known benign compounds out ("办公安排", "上门服务").
const YOU = '(?:你|您)(?:的)?';
const OTHERS = '(?:单位|公司|领导|老板|家人|家属|亲友|亲戚|朋友|同事|父母|子女|老婆|老公|邻居)';

export const ZH_FAMILIES: PhraseFamily[] = [
  {
    id: 'zh.authority',
    view: 'zh',
    rules: { cn: 'CN-05', us: 'US-08', uk: 'UK-05' },
    messageKey: 'authority',
    patterns: ['(?<!办)公安', '警察', '民警', '派出所', '经侦', '网警', '法院', '法官', '检察院', '传票', '拘传', '执行局', '立案', '司法机关', '律师函', '律师事务所', '政府'],
    // Decision: "请勿相信冒充公安的诈骗电话" is not a claim to be the police, so it is not CN-05's
    // block; but an anti-fraud notice has no place in a reminder and reads alarming: warn.
    before: { pattern: '(?:冒充|假冒|假扮|自称|伪装成?)$', action: { severity: 'warn', messageKey: 'authority_antifraud' } },
  },
  {
    id: 'zh.threat',
    view: 'zh',
    rules: { cn: 'CN-06', us: 'US-08', uk: 'UK-05' },
    messageKey: 'threat',
    patterns: [
      '坐牢', '判刑', '抓你', '拘留', '逮捕', '刑事责任', '诈骗罪', '上门(?!费|服务|安装|维修|取件|自提|送货|配送)',
      '找到你', '堵你', '起诉你全家', '后果自负', '你等着', '走着瞧', '弄死', '打死', '杀了你', '你小心点', '别怪我',
    ],
  },
  {
    id: 'zh.insult',
    view: 'zh',
    rules: { cn: 'CN-06', us: 'US-08', uk: 'UK-03' },
    messageKey: 'insult',
    patterns: ['老赖', '骗子', '不要脸', '垃圾', '无赖', '废物', '去死', '混蛋', '王八蛋', '人渣'],
  },
  {
    id: 'zh.exposure',
    view: 'zh',
    rules: { cn: 'CN-08', us: 'US-08', uk: 'UK-03' },
    messageKey: 'exposure',
    patterns: [
      '爆通讯录', '通讯录', '曝光', '公示', '朋友圈', '群发', '张贴', '登报',
      `(?:通知|告诉|告知|联系|找)${YOU}${OTHERS}`,
    ],
  },
  {
    id: 'zh.credit',
    view: 'zh',
    rules: { cn: 'CN-07', us: 'US-08', uk: 'UK-05' },
    messageKey: 'invented_consequence',
    patterns: ['征信黑名单', '黑名单', '全网通缉', '通缉', '不良信用库', '失信被执行人', '老赖名单', '起诉', '诉讼', '强制执行', `冻结${YOU}(?:账户|银行卡|资产|财产)`],
  },
  {
    id: 'zh.fees',
    view: 'zh',
    rules: { cn: 'CN-09' },
    messageKey: 'fees_accounts',
    patterns: ['催收费', '上门费', '(?:个人|私人)(?:银行)?(?:账户|账号|银行卡|卡号)', '以贷还贷', '借网贷', '网贷还', '借钱还', '套现还'],
    before: { pattern: '(?:勿|不要|切勿|请勿|不得|禁止|不会|不收取?|不|非|无)(?:任何)?(?:向|往|给|转|转账|转入|转到|汇|汇入|打|收取?)?(?:到|至|入)?$', action: 'skip' },
  },
  {
    id: 'zh.contact',
    view: 'zh',
    rules: { cn: 'CN-10' },
    messageKey: 'personal_contact',
    patterns: ['(?:加|添加)(?:我|本人)(?:的)?(?:个人)?(?:微信|qq)', '(?:个人|私人)(?:微信|qq)'],
  },
  {
    id: 'zh.marketing',
    view: 'zh',
    rules: { cn: 'CN-12', uk: 'GDPR' },
    messageKey: 'marketing',
    patterns: ['优惠', '促销', '折扣', '打折', '特价', '限时', '抢购', '新品', '领券', '满减', '秒杀', '会员日', '大促', '清仓', '上新', '低至', '抽奖', '免费领'],
  },
];
