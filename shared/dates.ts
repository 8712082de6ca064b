// ISO calendar dates (YYYY-MM-DD) and time-zone arithmetic without Node or DOM APIs.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

// Planning 100,000 customers compares the same few hundred dates over and over: remember them.
const dayNumbers = new Map<string, number>();

function toUtcDays(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  const days = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  if (dayNumbers.size < 100_000) dayNumbers.set(iso, days);
  return days;
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(toUtcDays(b) - toUtcDays(a));
}

const shifted = new Map<string, string>();

export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = new Date((toUtcDays(iso) + days) * 86_400_000).toISOString().slice(0, 10);
    if (shifted.size < 100_000) shifted.set(key, out);
  }
  return out;
}

/** The calendar date of an instant in a time zone, e.g. todayIn(now, 'Asia/Shanghai'). */
// Building an Intl formatter costs far more than using one: keep one per zone.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function dateInZone(instant: Date, timeZone: string): string {
  let fmt = dayFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Localised date: "2026年11月5日" in Chinese, "Nov 5, 2026" in English. */
export function formatDate(iso: string, lang: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang.startsWith('zh')) return `${y}年${mo}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[mo - 1]} ${d}, ${y}`;
}
