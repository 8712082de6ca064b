import { describe, expect, it } from 'vitest';
import { excelSerialToIso, inferDayFirst, parseDate } from '../../../electron/import/date';
import { isIsoDate } from '../../../shared/dates';

describe('parseDate', () => {
  it.each([
    ['2026-11-05', '2026-11-05'],
    ['2026/11/5', '2026-11-05'],
    ['2026.11.05', '2026-11-05'],
    ['2026年11月5日', '2026-11-05'],
    ['2026 年 11 月 5 日', '2026-11-05'],
    ['2026-11-05 10:30:00', '2026-11-05'],
    ['2026/11/5 9:05', '2026-11-05'],
    ['2026年11月5日 10:30', '2026-11-05'],
    ['20261105', '2026-11-05'],
    ['２０２６－１１－０５', '2026-11-05'],
  ])('year-first %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('takes the date as written from ISO times with an offset, never shifting it', () => {
    expect(parseDate('2026-11-05T10:30:00+08:00')).toBe('2026-11-05');
    expect(parseDate('2026-11-05T23:30:00Z')).toBe('2026-11-05');
    expect(parseDate('2026-11-05T00:30:00-05:00')).toBe('2026-11-05');
  });

  it('reads Excel serial numbers (1900 system)', () => {
    expect(parseDate('46000')).toBe('2025-12-09');
    expect(parseDate('46331')).toBe('2026-11-05');
    expect(parseDate('46331.75')).toBe('2026-11-05');
    expect(parseDate('1')).toBe('1900-01-01');
    expect(parseDate('61')).toBe('1900-03-01');
  });

  it('reads year-last dates month first unless a part can only be a day', () => {
    expect(parseDate('11/05/2026')).toBe('2026-11-05');
    expect(parseDate('11/05/2026', { dayFirst: true })).toBe('2026-05-11');
    expect(parseDate('25/12/2026')).toBe('2026-12-25');
    expect(parseDate('12/25/2026', { dayFirst: true })).toBe('2026-12-25');
    expect(parseDate('5-11-26')).toBe('2026-05-11');
  });

  it.each(['', 'tomorrow', '2026-02-30', '2026-13-01', '2026/11', '31/31/2026', '0', '60', '9999999', '2026-11-05x'])(
    'rejects %j',
    (text) => expect(parseDate(text)).toBeNull(),
  );
});

describe('excelSerialToIso', () => {
  it('handles the 1904 system', () => {
    expect(excelSerialToIso(0 + 1, true)).toBe('1904-01-02');
    expect(excelSerialToIso(44869, true)).toBe('2026-11-05');
  });
  it('refuses Lotus 1900-02-29 and out-of-range serials', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(2958466)).toBeNull();
    expect(excelSerialToIso(2958465)).toBe('9999-12-31');
  });
});

describe('inferDayFirst', () => {
  it('is true when some value can only be day-first', () => {
    expect(inferDayFirst(['01/02/2026', '25/02/2026'])).toBe(true);
  });
  it('is false when some value can only be month-first, or nothing decides', () => {
    expect(inferDayFirst(['01/02/2026', '02/25/2026'])).toBe(false);
    expect(inferDayFirst(['01/02/2026', '2026-11-05'])).toBe(false);
  });
});

describe('parseDate calendar check', () => {
  it('accepts exactly the days shared/dates isIsoDate accepts', () => {
    for (const y of [1, 99, 100, 1900, 1999, 2000, 2024, 2025, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDate(`${String(y).padStart(4, '0')}/${m}/${d}`)).toBe(isIsoDate(text) ? text : null);
        }
      }
    }
  });
});
