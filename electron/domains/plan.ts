import type { HandlerPart } from '../core/registry';
import { planDay } from '../planner/plan-service';
import { ledgerTemplateSource } from '../templates/template-source';

export const planHandlers: HandlerPart = {
  'plan.run': ({ asOf }, ctx) => {
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
  },
};
