import { z } from 'zod';
import { method } from './define';
import { id, isoTime } from './schemas';

// The send queue: what is waiting, what left, what came back — and the human controls
// (pause, cancel, approve, resolve an uncertain send). Times are ISO-8601 (UTC, `Z`).
export const messageState = z.enum(['planned', 'queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled', 'expired', 'uncertain']);
export const messageStage = z.enum(['reminder1', 'reminder2', 'final', 'confirmation']);
export type QueueMessageState = z.infer<typeof messageState>;

export const queueMessage = z.object({
  id,
  customerId: id,
  customerName: z.string(),
  to: z.string(),
  stage: messageStage,
  state: messageState,
  text: z.string(),
  parts: z.number().int(),
  encoding: z.enum(['GSM-7', 'UCS-2']),
  attempts: z.number().int(),
  reason: z.string().nullable(),
  nextAttemptAt: isoTime.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  connector: z.string().nullable(),
  providerId: z.string().nullable(),
  sentAt: isoTime.nullable(),
  deliveredAt: isoTime.nullable(),
});
export type QueueMessage = z.infer<typeof queueMessage>;

export const queueEvent = z.object({
  id,
  at: isoTime,
  from: messageState.nullable(),
  to: messageState,
  actor: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

/** Which connector sends; `simulated` is true for the demo phone, whose label says nothing leaves. */
export const connectorInfo = z.object({ name: z.string(), simulated: z.boolean(), label: z.string() });

const counts = z.record(z.string(), z.number().int());
const queueStatus = z.object({
  counts,
  paused: z.boolean(),
  nextAttemptAt: isoTime.nullable(),
  connector: connectorInfo,
  worker: z.object({ holder: z.string(), expiresAt: isoTime }).nullable(),
});
const refused = z.array(z.object({ id, state: messageState.nullable() }));

export const queueContract = {
  'queue.list': method(
    z.object({ state: messageState.optional(), limit: z.number().int().min(1).max(1_000_000).optional() }),
    z.object({ messages: z.array(queueMessage) }),
  ),
  'queue.get': method(z.object({ id }), z.object({ message: queueMessage, events: z.array(queueEvent) })),
  'queue.status': method(z.object({}), queueStatus),
  'queue.pause': method(z.object({}), queueStatus),
  'queue.resume': method(z.object({}), queueStatus),
  'queue.cancel': method(
    z.object({ ids: z.array(id).max(1_000_000).optional(), all: z.boolean().optional() }),
    z.object({ cancelled: z.array(id), refused }),
  ),
  'queue.approve': method(z.object({ ids: z.array(id).max(1_000_000) }), z.object({ approved: z.array(id), refused })),
  'queue.resolveUncertain': method(
    z.object({ id, action: z.enum(['mark_sent', 'send_again']) }),
    z.object({ message: queueMessage }),
  ),
  'queue.work': method(
    z.object({}),
    z.object({
      messages: z.array(z.object({ id, to: z.string(), state: messageState, reason: z.string().nullable(), nextAttemptAt: isoTime.nullable() })),
      summary: counts,
      connector: connectorInfo,
      paused: z.boolean(),
    }),
  ),
};
