import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/i18n/errors';
import { rowMessage } from '../../../electron/import/messages';

const SRC = new URL('../../../electron/import/', import.meta.url);
const source = readdirSync(SRC).map((f) => readFileSync(new URL(f, SRC), 'utf8')).join('\n');

describe('import messages', () => {
  it('has zh-CN and en text for every AppError code the import code throws', () => {
    const codes = new Set([...source.matchAll(/AppError\('([a-z_]+)'/g)].map((m) => m[1] ?? ''));
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) {
      expect(ERROR_MESSAGES[code]?.['zh-CN'], code).toBeTruthy();
      expect(ERROR_MESSAGES[code]?.en, code).toBeTruthy();
    }
  });

  it('has text for every row reason', () => {
    const reasons = [
      'missing_name', 'missing_due_date', 'missing_amount', 'invalid_amount', 'invalid_date', 'due_before_issue',
      'negative_amount', 'paid_exceeds_amount', 'balance_exceeds_amount', 'field_too_long', 'conflicting_duplicate',
      'blank', 'totals_row', 'duplicate_row', 'balance_mismatch', 'phone_missing', 'phone_landline', 'phone_invalid',
    ];
    for (const r of reasons) {
      const m = rowMessage(r);
      expect(m['zh-CN'], r).not.toBe(`import_row_${r}`);
      expect(m.en, r).not.toBe(`import_row_${r}`);
    }
  });

  it('fills parameters', () => {
    expect(rowMessage('due_before_issue', { due: '2026-11-01', issue: '2026-11-05' }).en).toBe(
      'The due date (2026-11-01) is before the issue date (2026-11-05)',
    );
  });
});
