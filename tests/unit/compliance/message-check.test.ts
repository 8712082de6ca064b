import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../shared/compliance';

const rules = (text: string, pack: 'cn' | 'us' | 'uk' = 'cn') => checkMessage(text, { pack })
    .map((h) => h.rule)
    .sort();

describe('checkMessage', () => {
  it('always reports the length as info', () => {
    const [info] = checkMessage('【好运】您好', { pack: 'cn' }).filter((h) => h.rule === 'SMS-00');
    expect(info).toMatchObject({ rule: 'SMS-00', severity: 'info', params: { encoding: 'UCS-2', units: 6, parts: 1 } });
  });

  it('warns beyond 3 parts and blocks beyond 255', () => {
    expect(rules('中'.repeat(67 * 3))).toEqual(['SMS-00']);
    expect(rules('中'.repeat(67 * 3 + 1))).toEqual(['SMS-00', 'SMS-01']);
    expect(rules('a'.repeat(153 * 3 + 1), 'us')).toEqual(['SMS-00', 'SMS-01']);
    const huge = checkMessage('a'.repeat(153 * 255 + 1), { pack: 'us' });
    expect(huge.map((h) => [h.rule, h.severity])).toEqual([
      ['SMS-02', 'block'],
      ['SMS-00', 'info'],
    ]);
  });

  it('warns over the providers’ 500-character cap for cn only', () => {
    expect(rules('中'.repeat(501))).toContain('SMS-04');
    expect(rules('中'.repeat(500))).not.toContain('SMS-04');
    expect(rules('中'.repeat(501), 'uk')).not.toContain('SMS-04');
  });

  it('blocks a placeholder left unrendered, on its span', () => {
    const text = 'Hello {{customer.nmae}}, thanks';
    const hint = checkMessage(text, { pack: 'us' }).find((h) => h.rule === 'TPL-02');
    expect(hint?.severity).toBe('block');
    expect(text.slice(hint!.start, hint!.end)).toBe('{{customer.nmae}}');
  });

  it('blocks values that were rendered empty', () => {
    const text = 'Hello undefined, you owe null';
    const hints = checkMessage(text, { pack: 'us' }).filter((h) => h.rule === 'TPL-03');
    expect(hints.map((h) => text.slice(h.start, h.end))).toEqual(['undefined', 'null']);
    expect(rules('Nullable values are fine', 'us')).toEqual(['SMS-00']);
  });

  it('suggests GSM replacements only when they would make the text GSM-7', () => {
    const text = 'It\u2019s due\u2026';
    const hints = checkMessage(text, { pack: 'us' }).filter((h) => h.rule === 'SMS-03');
    expect(hints.map((h) => [text.slice(h.start, h.end), h.params?.replacement])).toEqual([
      ['\u2019', "'"],
      ['\u2026', '...'],
    ]);
    expect(rules('您好\u2019', 'cn')).toEqual(['SMS-00']);
  });
});
