// Date text as ledgers write it → ISO YYYY-MM-DD.
//
// Rules:
// - Year first: 2026-11-05, 2026/11/5, 2026.11.05, 2026年11月5日, 20261105; a time after the date
//   (2026-11-05 10:30:00, 2026-11-05T10:30:00+08:00, …Z) is dropped — the date is taken as written,
//   never shifted by the offset, because a ledger date is a local calendar date.
// - Excel serial numbers (1900 date system, as Excel on Windows and WPS write them): 46000 →
//   2025-12-09. Fractions (a time of day) are dropped. Only 1 … 2958465 (year 9999) are dates.
// - Year last (11/05/2026, 5-11-2026, 05.11.26): month first (US style, what Excel writes to CSV)
//   unless `dayFirst` is set; a first part above 12 can only be a day and a second part above 12
//   can only be a day, so those are read unambiguously either way. `inferDayFirst` decides for a
//   whole column. Two-digit years are 20xx.
export interface DateOptions {
  dayFirst?: boolean;
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:[T\s]|$).*)?$/s;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s.*)?$/s;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const MAX_SERIAL = 2958465;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The ISO text of a real calendar day, judged as shared/dates `isIsoDate` judges it (years below
 * 100 fail there: Date.UTC reads them as 19xx), by arithmetic: this runs for every date cell.
 */
function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 100 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number))) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel 1900-system serial → ISO. Serial 60 is Lotus's fictitious 1900-02-29: rejected. */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(whole) || whole < 1 || whole > MAX_SERIAL) return null;
  let days: number; // days since 1970-01-01
  if (date1904) days = whole - 24107;
  else if (whole === 60) return null;
  else days = whole < 60 ? whole - 25568 : whole - 25569;
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function parseDate(text: string, opts: DateOptions = {}): string | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  let m = YEAR_FIRST.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(s)) return excelSerialToIso(Number(s));
  m = YEAR_LAST.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const dayFirst = a > 12 ? true : b > 12 ? false : (opts.dayFirst ?? false);
    return dayFirst ? iso(year, b, a) : iso(year, a, b);
  }
  return null;
}

/** For a column of year-last dates: true when some value can only be day-first. */
export function inferDayFirst(values: readonly string[]): boolean {
  let dayFirst = false;
  for (const v of values) {
    const m = YEAR_LAST.exec(v.normalize('NFKC').trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > 12 && a <= 12) return false;
    if (a > 12 && b <= 12) dayFirst = true;
  }
  return dayFirst;
}
