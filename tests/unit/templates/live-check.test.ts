import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS, type Settings } from '../../../shared/settings';
import { liveCheck, segments } from '../../../renderer/templates/live-check';

const settings: Settings = { ...SETTING_DEFAULTS, 'business.name': '好运五金店', 'business.signature': '好运五金', 'sms.pricePerPartCents': 5 };

describe('segments (the underline layer)', () => {
  it('cuts the text at hint spans, the most serious hint winning where they overlap', () => {
    const text = 'abcdefghij';
    const runs = segments(text, [
      { start: 2, end: 6, severity: 'warn' },
      { start: 4, end: 8, severity: 'block' },
      { start: 0, end: 0, severity: 'block' },
    ]);
    expect(runs.map((r) => [r.text, r.severity])).toEqual([
      ['ab', null],
      ['cd', 'warn'],
      ['efgh', 'block'],
      ['ij', null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('keeps UTF-16 offsets, so an emoji before a span does not shift the underline', () => {
    const text = '😀再不还钱就把你拉进黑名单';
    const start = text.indexOf('黑名单');
    const runs = segments(text, [{ start, end: start + 3, severity: 'block' }]);
    expect(runs.find((r) => r.severity === 'block')?.text).toBe('黑名单');
  });
});

describe('liveCheck (runs in the renderer on each keystroke)', () => {
  it('flags the threatening sentence with CN-07 and CN-08 blocks, spans into the typed text', () => {
    const body = '再不还钱就把你拉进黑名单，通知你家人';
    const out = liveCheck({ body, stage: 'reminder1', language: 'zh-CN', settings });
    expect(out.worst).toBe('block');
    const spans = out.hints.filter((h) => h.severity === 'block' && h.end > h.start).map((h) => [h.rule, body.slice(h.start, h.end)]);
    expect(spans).toEqual(expect.arrayContaining([['CN-07', '黑名单'], ['CN-08', '通知你家人']]));
  });

  it('counts the message as a sample customer gets it: signature included, Chinese is UCS-2, cost per part', () => {
    const out = liveCheck({ body: '{{customer.name}}您好', stage: 'reminder1', language: 'zh-CN', settings });
    expect(out.sms).toMatchObject({ encoding: 'UCS-2', parts: 1, characters: '【好运五金】张三您好'.length, costCents: 5 });
    expect(out.cjk).toBe(true);
    expect(out.ucs2).toEqual([]);
  });

  it('lists the look-alike characters that force UCS-2 in English, with their GSM stand-ins', () => {
    const out = liveCheck({ body: 'Hello {{customer.name}}, it’s “due”… Thank you', stage: 'reminder1', language: 'en', settings: { ...settings, pack: 'us', 'business.signature': '' } });
    expect(out.cjk).toBe(false);
    expect(out.ucs2).toEqual([
      { char: '’', replacement: "'" },
      { char: '“', replacement: '"' },
      { char: '”', replacement: '"' },
      { char: '…', replacement: '...' },
    ]);
  });
});
