import { AppError } from '../../shared/errors';

/** The app's clock. `--now` sets where it starts; from there it runs normally (cli.md). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function clockStartingAt(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** Parses `--now`: an ISO-8601 time that carries an explicit offset (or Z). */
export function parseNowOption(text: string): Date {
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(text);
  if (!ok || Number.isNaN(date.getTime())) throw new AppError('invalid_now');
  return date;
}
