import { z } from 'zod';
import { method } from './define';

const run = z.object({
  runDate: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  planned: z.number().int(),
  approved: z.number().int(),
  excluded: z.number().int(),
  error: z.string().nullable(),
});

export const autopilotStatus = z.object({
  enabled: z.boolean(),
  time: z.string(),
  lastRun: run.nullable(),
  /** "YYYY-MM-DD HH:MM" in the business time zone; null while off. */
  nextRun: z.string().nullable(),
  /** Whether a long-running host (desktop app, web host) is here to run it. */
  hostRunning: z.boolean(),
});

export const autopilotContract = {
  'autopilot.status': method(z.object({}), autopilotStatus),
};
