import type { Ctx } from '../core/context';
import { runPlan } from '../planner/run-plan';
import { approveMessages } from '../queue/control';
import { type AutopilotRun, claimAutopilotDay, finishAutopilotDay, lastAutopilotRun } from './autopilot-repo';
import { autopilotDue } from './schedule';

/**
 * The daily autopilot (off by default): at the set time the running app plans the day and approves
 * every planned message; the host's queue worker then sends them inside the allowed hours. Each
 * business day is claimed in the database first, so it runs once even with two hosts open.
 */
export function runAutopilotIfDue(ctx: Ctx): AutopilotRun | null {
  const s = ctx.settings();
  if (!s['autopilot.enabled']) return null;
  const last = lastAutopilotRun(ctx.db);
  if (!autopilotDue(ctx.clock.now(), s.timezone, s['autopilot.time'], last?.runDate ?? null)) return null;
  const today = ctx.today();
  if (!claimAutopilotDay(ctx.db, today, ctx.nowIso())) return null;
  try {
    const plan = runPlan(ctx, today);
    const planned = plan.messages.filter((m) => m.state === 'planned').map((m) => m.id);
    const approved = approveMessages(ctx.db, planned, 'autopilot', ctx.clock.now()).done;
    finishAutopilotDay(ctx.db, today, ctx.nowIso(), { planned: plan.messages.length, approved: approved.length, excluded: plan.excluded.length, error: null });
    ctx.emit('queue.changed', { approved });
  } catch (err) {
    finishAutopilotDay(ctx.db, today, ctx.nowIso(), { planned: 0, approved: 0, excluded: 0, error: err instanceof Error ? err.message : String(err) });
  }
  ctx.emit('autopilot.ran', { runDate: today });
  return lastAutopilotRun(ctx.db);
}
