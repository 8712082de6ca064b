import { lastAutopilotRun } from '../autopilot/autopilot-repo';
import { nextAutopilotRun } from '../autopilot/schedule';
import type { HandlerPart } from '../core/registry';

export const autopilotHandlers: HandlerPart = {
  'autopilot.status': (_input, ctx) => {
    const s = ctx.settings();
    const lastRun = lastAutopilotRun(ctx.db);
    return {
      enabled: s['autopilot.enabled'],
      time: s['autopilot.time'],
      lastRun,
      nextRun: s['autopilot.enabled'] ? nextAutopilotRun(ctx.clock.now(), s.timezone, s['autopilot.time'], lastRun?.runDate ?? null) : null,
      hostRunning: ctx.worker?.running ?? false,
    };
  },
};
