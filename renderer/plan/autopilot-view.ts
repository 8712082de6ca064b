import { addDays, dateInZone, isIsoDate } from '../../shared/dates';
import type { AutopilotStatus } from '../state/autopilot';

// What the autopilot card says, worked out without React so it can be tested: which day a run is
// on (today, tomorrow, yesterday or a date) and whether the next one is already due.

export type Day = { kind: 'today' | 'tomorrow' | 'yesterday' } | { kind: 'date'; date: string };

export type NextView = { kind: 'off' } | { kind: 'due' } | { kind: 'at'; day: Day; time: string };

export type LastView =
  | { kind: 'never' }
  | { kind: 'running'; day: Day; time: string }
  | { kind: 'failed'; day: Day; time: string; error: string }
  | { kind: 'done'; day: Day; time: string; planned: number; approved: number; excluded: number };

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function dayOf(date: string, today: string | null): Day {
  if (today && isIsoDate(today) && isIsoDate(date)) {
    if (date === today) return { kind: 'today' };
    if (date === addDays(today, 1)) return { kind: 'tomorrow' };
    if (date === addDays(today, -1)) return { kind: 'yesterday' };
  }
  return { kind: 'date', date };
}

/** "HH:MM" of an instant on the business's wall clock; null when it cannot be read. */
export function clockTime(iso: string | null, timeZone: string | undefined): string | null {
  if (!iso) return null;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  } catch {
    return null;
  }
}

/** "YYYY-MM-DD HH:MM" of an instant in the business's zone, comparable with `nextRun`. */
export function localStamp(iso: string | null, timeZone: string | undefined): string | null {
  const time = clockTime(iso, timeZone);
  if (!iso || !time) return null;
  try {
    return `${dateInZone(new Date(iso), timeZone ?? 'UTC')} ${time}`;
  } catch {
    return null;
  }
}

/** The next run; "due" when its time has come and the host is about to start it. */
export function nextView(status: AutopilotStatus, today: string | null, now: string | null): NextView {
  if (!status.enabled || !status.nextRun) return { kind: 'off' };
  const [date = '', time = ''] = status.nextRun.split(' ');
  if (now && status.nextRun <= now) return { kind: 'due' };
  return { kind: 'at', day: dayOf(date, today), time };
}

export function lastView(status: AutopilotStatus, today: string | null, timeZone: string | undefined): LastView {
  const run = status.lastRun;
  if (!run) return { kind: 'never' };
  const day = dayOf(run.runDate, today);
  const time = clockTime(run.finishedAt ?? run.startedAt, timeZone) ?? '';
  if (run.error) return { kind: 'failed', day, time, error: run.error };
  if (!run.finishedAt) return { kind: 'running', day, time };
  return { kind: 'done', day, time, planned: run.planned, approved: run.approved, excluded: run.excluded };
}
