import { describe, expect, it } from 'vitest';
import { allowedSpans, customerZone, endOfWindow, sendDeadline, sendWindow } from '../../../electron/planner/hours';

const DEFAULT = { start: '08:00', end: '21:00' };
const WIDE = { start: '06:00', end: '23:00' };
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('sendWindow — Asia/Shanghai (cadence example J and boundaries)', () => {
  const tz = 'Asia/Shanghai';
  it('planned at 22:30 waits until 08:00 the next day (example J)', () => {
    const w = sendWindow(at('2026-11-30T22:30:00+08:00'), tz, DEFAULT);
    expect(w.allowed).toBe(false);
    expect(iso(w.nextOpening)).toBe('2026-12-01T00:00:00.000Z');
  });
  it('07:59 is closed and opens at 08:00 the same day', () => {
    const w = sendWindow(at('2026-11-30T07:59:00+08:00'), tz, DEFAULT);
    expect(w).toMatchObject({ allowed: false });
    expect(iso(w.nextOpening)).toBe('2026-11-30T00:00:00.000Z');
  });
  it('08:00 is open and closes at 21:00', () => {
    const w = sendWindow(at('2026-11-30T08:00:00+08:00'), tz, DEFAULT);
    expect(w.allowed).toBe(true);
    expect(w.nextOpening).toBeNull();
    expect(iso(w.closesAt)).toBe('2026-11-30T13:00:00.000Z');
  });
  it('20:59:59 is open, 21:00:00 is closed (end exclusive)', () => {
    expect(sendWindow(at('2026-11-30T20:59:59+08:00'), tz, DEFAULT).allowed).toBe(true);
    const w = sendWindow(at('2026-11-30T21:00:00+08:00'), tz, DEFAULT);
    expect(w.allowed).toBe(false);
    expect(iso(w.nextOpening)).toBe('2026-12-01T00:00:00.000Z');
  });
});

describe('hard limit 08:00–22:00 whatever the settings', () => {
  const tz = 'Asia/Shanghai';
  it('a widened 06:00–23:00 setting is clamped to 08:00–22:00', () => {
    expect(allowedSpans(WIDE)).toEqual([[480, 1320]]);
    const early = sendWindow(at('2026-11-30T06:30:00+08:00'), tz, WIDE);
    expect(early.allowed).toBe(false);
    expect(iso(early.nextOpening)).toBe('2026-11-30T00:00:00.000Z');
    expect(sendWindow(at('2026-11-30T21:30:00+08:00'), tz, WIDE).allowed).toBe(true);
    const late = sendWindow(at('2026-11-30T22:00:00+08:00'), tz, WIDE);
    expect(late.allowed).toBe(false);
    expect(iso(late.nextOpening)).toBe('2026-12-01T00:00:00.000Z');
  });
  it('an all-night setting (21:00–08:00, crossing midnight) keeps only 21:00–22:00', () => {
    const opts = { start: '21:00', end: '08:00' };
    expect(allowedSpans(opts)).toEqual([[1260, 1320]]);
    expect(sendWindow(at('2026-11-30T23:30:00+08:00'), tz, opts).allowed).toBe(false);
    expect(sendWindow(at('2026-11-30T03:00:00+08:00'), tz, opts).allowed).toBe(false);
    expect(iso(sendWindow(at('2026-11-30T03:00:00+08:00'), tz, opts).nextOpening)).toBe('2026-11-30T13:00:00.000Z');
  });
  it('customer contact hours narrow the window, never widen it', () => {
    const opts = { ...DEFAULT, customerStart: '18:00', customerEnd: '23:30' };
    expect(allowedSpans(opts)).toEqual([[1080, 1260]]);
    const noon = sendWindow(at('2026-11-30T12:00:00+08:00'), tz, opts);
    expect(iso(noon.nextOpening)).toBe('2026-11-30T10:00:00.000Z');
    expect(sendWindow(at('2026-11-30T21:30:00+08:00'), tz, opts).allowed).toBe(false);
  });
  it('no overlap at all: never allowed, no next opening', () => {
    const w = sendWindow(at('2026-11-30T12:00:00+08:00'), tz, { ...DEFAULT, customerStart: '22:30', customerEnd: '07:00' });
    expect(w).toEqual({ allowed: false, nextOpening: null, closesAt: null });
  });
});

describe('other time zones, midnight and DST', () => {
  it('America/New_York: 08:00 EST opens; 07:59 waits', () => {
    expect(sendWindow(at('2026-11-30T13:00:00Z'), 'America/New_York', DEFAULT).allowed).toBe(true);
    const w = sendWindow(at('2026-11-30T12:59:00Z'), 'America/New_York', DEFAULT);
    expect(iso(w.nextOpening)).toBe('2026-11-30T13:00:00.000Z');
  });
  it('New York late evening whose UTC date is already tomorrow opens at local 08:00', () => {
    // 23:30 EST on Nov 30 is 04:30Z on Dec 1.
    const w = sendWindow(at('2026-12-01T04:30:00Z'), 'America/New_York', DEFAULT);
    expect(iso(w.nextOpening)).toBe('2026-12-01T13:00:00.000Z');
  });
  it('New York spring-forward day (2026-03-08): opening at 08:00 EDT = 12:00Z', () => {
    const w = sendWindow(at('2026-03-08T04:00:00Z'), 'America/New_York', DEFAULT); // 23:00 EST Mar 7
    expect(iso(w.nextOpening)).toBe('2026-03-08T12:00:00.000Z');
    expect(iso(endOfWindow('2026-03-08', 'America/New_York', DEFAULT))).toBe('2026-03-09T01:00:00.000Z');
  });
  it('New York fall-back day (2026-11-01): opening at 08:00 EST = 13:00Z', () => {
    const w = sendWindow(at('2026-11-01T05:30:00Z'), 'America/New_York', DEFAULT); // 01:30 EDT
    expect(iso(w.nextOpening)).toBe('2026-11-01T13:00:00.000Z');
  });
  it('Europe/London spring-forward (2026-03-29): 22:30 GMT → 08:00 BST = 07:00Z', () => {
    const w = sendWindow(at('2026-03-28T22:30:00Z'), 'Europe/London', DEFAULT);
    expect(iso(w.nextOpening)).toBe('2026-03-29T07:00:00.000Z');
    expect(sendWindow(at('2026-03-29T07:00:00Z'), 'Europe/London', DEFAULT).allowed).toBe(true);
    expect(sendWindow(at('2026-03-29T06:59:00Z'), 'Europe/London', DEFAULT).allowed).toBe(false);
  });
  it('the customer zone decides: 10:00 in Shanghai is 02:00 in London', () => {
    const instant = at('2026-11-30T10:00:00+08:00');
    expect(sendWindow(instant, 'Asia/Shanghai', DEFAULT).allowed).toBe(true);
    const london = sendWindow(instant, customerZone('Europe/London', 'Asia/Shanghai'), DEFAULT);
    expect(london.allowed).toBe(false);
    expect(iso(london.nextOpening)).toBe('2026-11-30T08:00:00.000Z');
  });
  it('customerZone falls back to the business zone when missing or invalid', () => {
    expect(customerZone(null, 'Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(customerZone('Mars/Olympus', 'Asia/Shanghai')).toBe('Asia/Shanghai');
  });
});

describe('expiry at the end of the window', () => {
  it('endOfWindow is 21:00 local, or 22:00 for a clamped wide setting', () => {
    expect(iso(endOfWindow('2026-11-30', 'Asia/Shanghai', DEFAULT))).toBe('2026-11-30T13:00:00.000Z');
    expect(iso(endOfWindow('2026-11-30', 'Asia/Shanghai', WIDE))).toBe('2026-11-30T14:00:00.000Z');
  });
  it('a message planned at 22:30 (J) expires at the end of the NEXT day window', () => {
    expect(iso(sendDeadline(at('2026-11-30T22:30:00+08:00'), 'Asia/Shanghai', DEFAULT))).toBe('2026-12-01T13:00:00.000Z');
    expect(iso(sendDeadline(at('2026-11-30T10:00:00+08:00'), 'Asia/Shanghai', DEFAULT))).toBe('2026-11-30T13:00:00.000Z');
  });
});
