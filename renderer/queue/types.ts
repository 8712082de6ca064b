import type { z } from 'zod';
import type { Output } from '../../shared/api';
import type { messageStage, messageState, queueEvent } from '../../shared/contract/queue';

// The renderer's names for the send queue's contract types (shared/contract/queue.ts).
export type MessageState = z.infer<typeof messageState>;
export type Stage = z.infer<typeof messageStage>;
export type { QueueMessage } from '../../shared/contract/queue';
export type QueueEvent = z.infer<typeof queueEvent>;
export type QueueStatus = Output<'queue.status'>;
export type ConnectorInfo = QueueStatus['connector'];
export type WorkResult = Output<'queue.work'>;

export const MESSAGE_STATES: MessageState[] = ['planned', 'queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled', 'expired', 'uncertain'];

export type StateCounts = Partial<Record<MessageState, number>>;

/** The payload of a queue.progress event, as the renderer reads it (queue/progress.ts). */
export interface QueueProgress {
  counts: StateCounts;
  nextAttemptAt: string | null;
  /** True while a message is being handed to the connector. */
  sending: boolean;
  paused: boolean | null;
}
