import { describe, expect, it } from 'vitest';
import { checkMessage, checkTemplate, type Pack } from '../../../shared/compliance';
import { analyzeSms } from '../../../shared/sms';
import { DEFAULT_TEMPLATES, renderTemplate, sampleContext, STAGES } from '../../../shared/template';

const CASES: ['zh-CN' | 'en', Pack][] = [
  ['zh-CN', 'cn'],
  ['en', 'us'],
  ['en', 'uk'],
];

describe('default templates', () => {
  for (const stage of STAGES) {
    for (const [lang, pack] of CASES) {
      const text = DEFAULT_TEMPLATES[stage][lang];

      it(`${stage} ${lang} has no block or warn under ${pack}`, () => {
        const hints = checkTemplate(text, { pack, stage });
        expect(hints.filter((h) => h.severity !== 'info')).toEqual([]);
      });

      it(`${stage} ${lang} renders with sample data and passes the message checks under ${pack}`, () => {
        const result = renderTemplate(text, sampleContext(lang), lang, pack);
        if (!result.ok) throw new Error(`missing ${result.missing.join(', ')}`);
        expect(result.text).not.toContain('{{');
        if (stage !== 'confirmation') expect(result.text).toContain(lang === 'zh-CN' ? '1,234.50元' : 'US$1,234.50');
        if (pack === 'cn') expect(result.text.startsWith('【好运五金】')).toBe(true);
        if (lang === 'en') expect(analyzeSms(result.text).encoding).toBe('GSM-7');
        const hints = checkMessage(result.text, { pack, stage });
        expect(hints.filter((h) => h.severity !== 'info')).toEqual([]);
      });
    }
  }

  it('states the facts a reminder needs (amount, due date, days overdue, contact)', () => {
    for (const stage of ['reminder1', 'reminder2', 'final'] as const) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const p of ['{{amount_due}}', '{{due_date}}', '{{days_overdue}}', '{{business.phone}}', '{{business.name}}']) {
          expect(DEFAULT_TEMPLATES[stage][lang], `${stage} ${lang} ${p}`).toContain(p);
        }
      }
    }
  });

  it('carries the US opt-out in every English default', () => {
    for (const stage of STAGES) expect(DEFAULT_TEMPLATES[stage].en).toContain('Reply STOP to opt out');
  });
});
