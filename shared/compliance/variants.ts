// Traditional → simplified (plus a few variant forms) for the characters the phrase families and
// fact checks use. Hand-written on purpose: small, auditable, no dictionary dependency.
const PAIRS =
  '經经偵侦網网檢检傳传執执機机關关師师詐诈騙骗門门訴诉後后負负著着訊讯錄录發发張张貼贴單单領领導导' +
  '紅红視视認认報报紙纸電电話话聯联繫系係系親亲屬属學学醫医對对帳账賬账戶户個个轉转貸贷還还費费賴赖' +
  '臉脸庫库徵征緝缉優优銷销價价搶抢滿满減减殺杀員员獎奖謝谢請请滯滞納纳違违約约額额餘余於于為为與与' +
  '會会們们這这裡里裏里務务雲云騰腾華华碼码證证銀银圖图號号罰罚當当時时間间聽听見见說说讓让給给從从' +
  '無无廢废鬧闹壞坏處处營营業业廣广訂订閱阅團团購购贈赠劵券幣币傷伤擾扰騷骚嚇吓脅胁罵骂醜丑產产鎖锁' +
  '結结責责鄰邻強强凍冻資资財财倉仓塊块萬万別别點点';

export const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    map.set(from, to);
  }
  return map;
})();
