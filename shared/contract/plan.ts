import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './schemas';
import { wireHint } from './templates';

export const stage = z.enum(['reminder1', 'reminder2', 'final', 'confirmation']);
export const messageState = z.enum(['planned', 'queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled', 'expired', 'uncertain']);

export const plannedMessage = z.object({
  id,
  customerId: id,
  customerName: z.string(),
  to: z.string(),
  stage,
  text: z.string(),
  parts: z.number().int().positive(),
  encoding: z.enum(['GSM-7', 'UCS-2']),
  state: messageState,
  amountCents: z.number().int(),
  hints: z.array(wireHint),
});
export type PlannedMessage = z.infer<typeof plannedMessage>;

export const exclusion = z.object({
  customerId: id,
  name: z.string(),
  reason: z.string(),
  message: z.string(),
  stage: stage.optional(),
});
export type Exclusion = z.infer<typeof exclusion>;

export const planResult = z.object({
  asOf: isoDate,
  messages: z.array(plannedMessage),
  excluded: z.array(exclusion),
  counts: z.record(z.string(), z.number().int()),
});
export type PlanResult = z.infer<typeof planResult>;

export const planContract = {
  'plan.run': method(z.object({ asOf: isoDate.optional() }), planResult),
};
