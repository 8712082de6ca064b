import type { z } from 'zod';
import type { messageState, stage } from '../../shared/contract/plan';

// A local mirror of the send queue's contract (shared/contract/queue.ts, being written on another
// branch). The stores use these types through renderer/api/queue-client; once the real contract
// lands on main, these become re-exports of its types.
export type MessageState = z.infer<typeof messageState>;
export type Stage = z.infer<typeof stage>;

export const MESSAGE_STATES: MessageState[] = ['planned', 'queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled', 'expired', 'uncertain'];

export interface QueueMessage {
  id: number;
  customerId: number;
  customerName: string;
  to: string;
  stage: Stage;
  state: MessageState;
  text: string;
  parts: number;
  encoding: 'GSM-7' | 'UCS-2';
  attempts: number;
  reason: string | null;
  nextAttemptAt: string | null;
  updatedAt: string;
  connector: string | null;
  providerId: string | null;
}

export interface QueueEvent {
  at: string;
  from: MessageState | null;
  to: MessageState;
  actor: string;
  detail: string | null;
}

export interface ConnectorInfo {
  name: string;
  simulated: boolean;
  label: string;
}

export type StateCounts = Partial<Record<MessageState, number>>;

export interface QueueStatus {
  counts: StateCounts;
  paused: boolean;
  nextAttemptAt: string | null;
  connector: ConnectorInfo | null;
}

export interface QueueProgress {
  counts: StateCounts;
  nextAttemptAt: string | null;
  sending: boolean;
}

export interface WorkResult {
  messages: QueueMessage[];
  summary: StateCounts;
}

export interface QueueMethods {
  'queue.list': { input: { state?: MessageState; limit?: number }; output: { messages: QueueMessage[] } };
  'queue.get': { input: { id: number }; output: { message: QueueMessage; events: QueueEvent[] } };
  'queue.status': { input: Record<string, never>; output: QueueStatus };
  'queue.pause': { input: Record<string, never>; output: QueueStatus };
  'queue.resume': { input: Record<string, never>; output: QueueStatus };
  'queue.cancel': { input: { ids?: number[]; all?: boolean }; output: { cancelled: number } };
  'queue.resolveUncertain': { input: { id: number; action: 'mark_sent' | 'send_again' }; output: { message: QueueMessage } };
  'queue.approve': { input: { ids: number[] }; output: { approved: number } };
  'queue.work': { input: Record<string, never>; output: WorkResult };
}
