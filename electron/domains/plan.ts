import type { HandlerPart } from '../core/registry';
import { runPlan } from '../planner/run-plan';

export const planHandlers: HandlerPart = {
  'plan.run': ({ asOf }, ctx) => runPlan(ctx, asOf),
};
