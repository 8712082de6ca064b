import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES, PLACEHOLDERS, parseTemplate } from '../../../shared/template';

describe('parseTemplate', () => {
  it('finds known placeholders with exact spans, tolerating whitespace inside braces', () => {
    const text = '您好{{customer.name}}，欠款{{ amount_due }}元';
    const r = parseTemplate(text);
    expect(r.errors).toEqual([]);
    expect(r.placeholders).toEqual([
      { name: 'customer.name', start: 2, end: 19 },
      { name: 'amount_due', start: 22, end: 38 },
    ]);
    expect(text.slice(22, 38)).toBe('{{ amount_due }}');
    expect(r.parts).toEqual([
      { type: 'text', text: '您好' },
      { type: 'placeholder', name: 'customer.name' },
      { type: 'text', text: '，欠款' },
      { type: 'placeholder', name: 'amount_due' },
      { type: 'text', text: '元' },
    ]);
  });

  it('reports an unknown placeholder with its span and keeps it as literal text', () => {
    const text = 'Hi {{customer.nam}}!';
    const r = parseTemplate(text);
    expect(r.errors).toEqual([{ code: 'unknown_placeholder', start: 3, end: 19, name: 'customer.nam' }]);
    expect(r.placeholders).toEqual([]);
    expect(r.parts).toEqual([{ type: 'text', text }]);
  });

  it('refuses expressions: anything but a bare known name is unknown', () => {
    for (const bad of ['{{amount_due + 1}}', '{{constructor}}', '{{__proto__}}', '{{customer["name"]}}']) {
      expect(parseTemplate(bad).errors[0]?.code, bad).toBe('unknown_placeholder');
    }
  });

  it('reports an unclosed placeholder, even when a later one is closed', () => {
    const r = parseTemplate('Hi {{customer.name, you owe {{amount_due}}');
    expect(r.errors).toEqual([{ code: 'unclosed_placeholder', start: 3, end: 5 }]);
    expect(r.placeholders.map((p) => p.name)).toEqual(['amount_due']);
    expect(parseTemplate('end {{amount_due').errors[0]).toMatchObject({ code: 'unclosed_placeholder', start: 4 });
  });

  it('leaves single braces and plain text alone', () => {
    const r = parseTemplate('a {b} c }} d');
    expect(r.errors).toEqual([]);
    expect(r.parts).toEqual([{ type: 'text', text: 'a {b} c }} d' }]);
  });
});

describe('PLACEHOLDERS catalog', () => {
  it('lists every placeholder once with both labels and a sample', () => {
    expect(PLACEHOLDERS.map((p) => p.name).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    for (const p of PLACEHOLDERS) {
      expect(p.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(p.label.en).toMatch(/^[A-Z]/);
      expect(p.sample.length).toBeGreaterThan(0);
    }
  });
});
