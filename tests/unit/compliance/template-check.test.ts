import { describe, expect, it } from 'vitest';
import { checkTemplate, RULES, worstSeverity } from '../../../shared/compliance';

const FULL_ZH =
  '尊敬的{{customer.name}}，您好！{{business.name}}提醒您：欠款{{amount_due}}已逾期{{days_overdue}}天，逾期可能产生滞纳金。如有疑问请致电{{business.phone}}。感谢您的配合！';

describe('checkTemplate: required facts (CN-R1) and creditor (CN-04)', () => {
  it('is clean for a complete Chinese reminder', () => {
    expect(checkTemplate(FULL_ZH, { pack: 'cn' })).toEqual([]);
  });

  it('warns once per missing fact', () => {
    const hints = checkTemplate('{{business.name}}提醒：请尽快付款。', { pack: 'cn' });
    expect(hints.filter((h) => h.rule === 'CN-R1').map((h) => h.messageKey)).toEqual([
      'missing_salutation',
      'missing_amount',
      'missing_due',
      'missing_consequence',
      'missing_contact',
      'missing_closing',
    ]);
    expect(hints.every((h) => h.severity === 'warn')).toBe(true);
  });

  it('accepts facts written as literal text, traditional characters included', () => {
    const text = '【好运五金】王先生您好，您的貨款1,200元已逾期15天，逾期可能產生滯納金，請致電0571-88886666。感謝配合！';
    expect(checkTemplate(text, { pack: 'cn' })).toEqual([]);
  });

  it('only asks a confirmation for courtesy', () => {
    expect(checkTemplate('尊敬的{{customer.name}}，{{business.name}}已收到您的付款，谢谢！', { pack: 'cn', stage: 'confirmation' })).toEqual([]);
  });

  it('blocks when the creditor is not named, unless a signature setting or the business name covers it', () => {
    const text = FULL_ZH.replace('{{business.name}}', '我们');
    expect(checkTemplate(text, { pack: 'cn' }).map((h) => [h.rule, h.severity])).toEqual([['CN-04', 'block']]);
    expect(checkTemplate(text, { pack: 'cn', settings: { signature: '好运' } })).toEqual([]);
    expect(checkTemplate(text.replace('我们', '好运五金店'), { pack: 'cn', settings: { businessName: '好运五金店' } })).toEqual([]);
  });
});

describe('checkTemplate: placeholders (TPL-00, TPL-01)', () => {
  it('blocks an unknown placeholder on its exact span', () => {
    const text = `${FULL_ZH}{{customer.nmae}}`;
    const [hint] = checkTemplate(text, { pack: 'cn' });
    expect(hint).toMatchObject({ rule: 'TPL-00', severity: 'block', messageKey: 'unknown_placeholder' });
    expect(text.slice(hint!.start, hint!.end)).toBe('{{customer.nmae}}');
  });

  it('blocks an unclosed placeholder', () => {
    const hints = checkTemplate(`${FULL_ZH}{{amount_due`, { pack: 'cn' });
    expect(hints.map((h) => h.messageKey)).toEqual(['unclosed_placeholder']);
  });

  it('warns when late_fee or payment_link is used but its setting is empty', () => {
    const text = `${FULL_ZH}{{late_fee}}{{payment_link}}`;
    expect(checkTemplate(text, { pack: 'cn' }).map((h) => [h.rule, text.slice(h.start, h.end)])).toEqual([
      ['TPL-01', '{{late_fee}}'],
      ['TPL-01', '{{payment_link}}'],
    ]);
    expect(checkTemplate(text, { pack: 'cn', settings: { lateFee: '每日万分之五', paymentLink: 'https://p.example' } })).toEqual([]);
  });
});

describe('checkTemplate: US opt-out (US-03)', () => {
  const base = 'Hello {{customer.name}}, {{amount_due}} is overdue. Call {{business.phone}}. Thank you.';
  it('blocks a US text without an opt-out and accepts the usual wordings', () => {
    expect(checkTemplate(base, { pack: 'us' }).map((h) => [h.rule, h.severity])).toEqual([['US-03', 'block']]);
    for (const optOut of ['Reply STOP to opt out.', 'Text "STOP" to unsubscribe.', 'STOP to opt-out']) {
      expect(checkTemplate(`${base} ${optOut}`, { pack: 'us' }), optOut).toEqual([]);
    }
  });

  it('does not require an opt-out under uk', () => {
    expect(checkTemplate(base, { pack: 'uk' })).toEqual([]);
  });
});

describe('checkTemplate: provider restrictions (CN-13, CN-14)', () => {
  it('blocks debt reminders on Aliyun/Tencent/Huawei but lets confirmations through', () => {
    for (const connector of ['aliyun', 'tencent', 'huawei']) {
      expect(checkTemplate(FULL_ZH, { pack: 'cn', connector }).map((h) => h.rule), connector).toEqual(['CN-13']);
    }
    expect(checkTemplate(FULL_ZH, { pack: 'cn', connector: 'modem' })).toEqual([]);
    const thanks = '尊敬的{{customer.name}}，{{business.name}}已收到您的付款，谢谢！';
    expect(checkTemplate(thanks, { pack: 'cn', stage: 'confirmation', connector: 'aliyun' })).toEqual([]);
  });

  it('flags 【】 ¥ ★ ※ √ in the body for Tencent/Huawei, but not the leading signature', () => {
    const text = '【好运】尊敬的{{customer.name}}，{{business.name}}已收到您的付款★¥100，谢谢！';
    const hints = checkTemplate(text, { pack: 'cn', stage: 'confirmation', connector: 'tencent' });
    expect(hints.map((h) => [h.rule, text.slice(h.start, h.end)])).toEqual([
      ['CN-14', '★'],
      ['CN-14', '¥'],
    ]);
    expect(checkTemplate(text, { pack: 'cn', stage: 'confirmation', connector: 'aliyun' })).toEqual([]);
  });
});

describe('spans and metadata', () => {
  it('maps spans back through full-width, traditional and split characters', () => {
    const text = `${FULL_ZH}　ＰＯＬＩＣＥ，坐　牢，後果自負`;
    const words = checkTemplate(text, { pack: 'cn' }).map((h) => text.slice(h.start, h.end));
    expect(words).toEqual(['ＰＯＬＩＣＥ', '坐　牢', '後果自負']);
  });

  it('spans around emoji use UTF-16 offsets', () => {
    const text = `😀😀${FULL_ZH}老赖`;
    const hint = checkTemplate(text, { pack: 'cn' })[0]!;
    expect([hint.start, hint.end]).toEqual([text.length - 2, text.length]);
  });

  it('has metadata, both titles and a source for every rule id', () => {
    for (const id of ['CN-01', 'CN-05', 'CN-R1', 'US-03', 'US-08', 'UK-05', 'TPL-00', 'SMS-01']) {
      expect(RULES[id]?.source, id).toBeTruthy();
      expect(RULES[id]?.title['zh-CN']).toMatch(/\p{Script=Han}/u);
    }
  });

  it('worstSeverity picks block over warn over info, null for none', () => {
    const hints = checkTemplate(`${FULL_ZH}老赖`, { pack: 'cn' });
    expect(worstSeverity(hints)).toBe('block');
    expect(worstSeverity(checkTemplate('Hi', { pack: 'cn', settings: { signature: 'x' } }))).toBe('warn');
    expect(worstSeverity([])).toBeNull();
  });
});

describe('severity settings', () => {
  it('relaxes, tightens or turns off a rule', () => {
    const text = `${FULL_ZH}老赖`;
    expect(checkTemplate(text, { pack: 'cn', severities: { 'CN-06': 'warn' } }).map((h) => h.severity)).toEqual(['warn']);
    expect(checkTemplate(text, { pack: 'cn', severities: { 'CN-06': 'off' } })).toEqual([]);
    const noClosing = FULL_ZH.replace('感谢您的配合！', '');
    expect(checkTemplate(noClosing, { pack: 'cn', severities: { 'CN-R1': 'block' } }).map((h) => [h.rule, h.severity])).toEqual([['CN-R1', 'block']]);
  });
});
