import type { PlanResult } from '../../shared/contract/plan';
import type { Ctx } from '../core/context';
import { ledgerTemplateSource } from '../templates/template-source';
import { planDay } from './plan-service';

/** Plans a day for the open ledger with its saved templates, reporting progress as events. */
export function runPlan(ctx: Ctx, asOf?: string): PlanResult {
  const result = planDay(ctx.db, {
    asOf: asOf ?? ctx.today(),
    settings: ctx.settings(),
    nowIso: ctx.nowIso(),
    lang: ctx.lang,
    templates: ledgerTemplateSource(ctx.db, ctx.nowIso()),
    onProgress: (done, total) => ctx.emit('plan.progress', { done, total }),
  });
  ctx.emit('plan.progress', { done: 1, total: 1 });
  ctx.emit('queue.changed', { planned: result.counts.planned ?? 0 });
  return result;
}
