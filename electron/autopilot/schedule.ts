import { addDays, dateInZone } from '../../shared/dates';

// When the daily autopilot runs: once per business day, at or after the set time in the business's
// time zone (a machine that was off at that time catches up when it starts — cadence catch-up).

/** Local wall-clock "HH:MM" of an instant in a zone. */
function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

export function autopilotDue(now: Date, timeZone: string, time: string, lastRunDate: string | null): boolean {
  const today = dateInZone(now, timeZone);
  return lastRunDate !== today && localTime(now, timeZone) >= time;
}

/** The next business day and time it will run, as "YYYY-MM-DD HH:MM" in the business zone. */
export function nextAutopilotRun(now: Date, timeZone: string, time: string, lastRunDate: string | null): string {
  const today = dateInZone(now, timeZone);
  if (lastRunDate === today || localTime(now, timeZone) >= time) {
    return `${lastRunDate === today ? addDays(today, 1) : today} ${time}`;
  }
  return `${today} ${time}`;
}
