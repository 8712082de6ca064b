// Allowed sending hours in the customer's local time, with Intl only (no tz database of our own).
// The business window (setting) is intersected with the customer's own contact hours, then with
// the HARD limit 08:00–22:00 (CN-01: never 22:00–08:00) — so no setting can widen it.
// Windows are [start, end): 08:00 is open, 21:00 with end 21:00 is closed.

import { addDays, isValidTimeZone } from '../../shared/dates';

export const HARD_START = '08:00';
export const HARD_END = '22:00';

export interface WindowOptions {
  start: string; // HH:MM, business setting hours.start
  end: string; // HH:MM, business setting hours.end
  customerStart?: string | null;
  customerEnd?: string | null;
}

export interface SendWindow {
  allowed: boolean;
  /** When not allowed: the next instant the window opens (null if it never does). Null when allowed. */
  nextOpening: Date | null;
  /** When allowed: the instant the current window closes. */
  closesAt: Date | null;
}

type Span = [number, number]; // minutes since local midnight, [from, to)

const toMinutes = (hhmm: string): number => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not a time HH:MM: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** A window whose start is after its end crosses midnight; equal ends mean "all day". */
function spans(start: string, end: string): Span[] {
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (a === b) return [[0, 1440]];
  return a < b ? [[a, b]] : [[0, b], [a, 1440]];
}

function intersect(xs: Span[], ys: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of xs) {
    for (const [c, d] of ys) {
      const lo = Math.max(a, c);
      const hi = Math.min(b, d);
      if (lo < hi) out.push([lo, hi]);
    }
  }
  return out.sort((p, q) => p[0] - q[0]);
}

/** The day's allowed spans, clamped to the hard limit; empty when the settings leave no time. */
export function allowedSpans(opts: WindowOptions): Span[] {
  let result = intersect(spans(opts.start, opts.end), [[toMinutes(HARD_START), toMinutes(HARD_END)]]);
  if (opts.customerStart && opts.customerEnd) result = intersect(result, spans(opts.customerStart, opts.customerEnd));
  return result;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Local calendar date and (fractional) minute of an instant in a zone. */
// The queue asks for the wall clock several times per message (now, window edges, deadlines), mostly
// for the same few seconds: answers are kept per zone and second (formatting is the expensive part).
const seconds = new Map<string, { date: string; minute: number }>();

export function wallClock(instant: Date, tz: string): { date: string; minute: number } {
  const ms = instant.getTime();
  const second = Math.floor(ms / 1000);
  const secondsFraction = (ms - second * 1000) / 60_000;
  const key = `${tz}|${second}`;
  const hit = seconds.get(key);
  if (hit) return { date: hit.date, minute: hit.minute + secondsFraction };
  const parts = formatter(tz).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? '0');
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
  const minute = get('hour') * 60 + get('minute') + get('second') / 60;
  if (seconds.size >= 4096) seconds.clear();
  seconds.set(key, { date, minute });
  return { date, minute: minute + secondsFraction };
}

function offsetMs(instant: number, tz: string): number {
  const { date, minute } = wallClock(new Date(instant), tz);
  return Date.parse(`${date}T00:00:00Z`) + Math.round(minute * 60_000) - instant;
}

/** The instant a local wall-clock time happens; the offset is re-read once so DST days come out right. */
export function zonedTime(date: string, minute: number, tz: string): Date {
  const local = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  const first = local - offsetMs(local, tz);
  return new Date(local - offsetMs(first, tz));
}

export function sendWindow(instant: Date, tz: string, opts: WindowOptions): SendWindow {
  const day = allowedSpans(opts);
  const first = day[0];
  if (!first) return { allowed: false, nextOpening: null, closesAt: null };
  const { date, minute } = wallClock(instant, tz);
  const open = day.find(([a, b]) => a <= minute && minute < b);
  if (open) return { allowed: true, nextOpening: null, closesAt: zonedTime(date, open[1], tz) };
  const later = day.find(([a]) => a > minute);
  const nextOpening = later ? zonedTime(date, later[0], tz) : zonedTime(addDays(date, 1), first[0], tz);
  return { allowed: false, nextOpening, closesAt: null };
}

/** End of a local day's window: a reminder of that day still queued then becomes `expired`. */
export function endOfWindow(date: string, tz: string, opts: WindowOptions): Date | null {
  const last = allowedSpans(opts).at(-1);
  return last ? zonedTime(date, last[1], tz) : null;
}

/**
 * When a message planned at `instant` expires: the end of the window of the day it can first
 * leave. Planned at 22:30 (cadence example J) it waits for 08:00 and expires at the end of the
 * NEXT day's window, not at 21:00 the evening it was planned.
 */
export function sendDeadline(instant: Date, tz: string, opts: WindowOptions): Date | null {
  const w = sendWindow(instant, tz, opts);
  const leaves = w.allowed ? instant : w.nextOpening;
  return leaves ? endOfWindow(wallClock(leaves, tz).date, tz, opts) : null;
}

/** Hours use the customer's time zone when it has a valid one, else the business's. */
export function customerZone(customerTz: string | null | undefined, businessTz: string): string {
  return customerTz && isValidTimeZone(customerTz) ? customerTz : businessTz;
}
