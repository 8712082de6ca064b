import type { QueueFilter } from '../state/queue';
import { MESSAGE_STATES, type MessageState, type QueueMessage, type StateCounts } from './types';

/** Messages a person can still stop: not yet handed to the network. */
export const CANCELLABLE: MessageState[] = ['planned', 'queued'];
export const isCancellable = (m: QueueMessage): boolean => CANCELLABLE.includes(m.state);

export function countStates(messages: QueueMessage[]): StateCounts {
  const counts: StateCounts = {};
  for (const m of messages) counts[m.state] = (counts[m.state] ?? 0) + 1;
  return counts;
}

export function filterMessages(messages: QueueMessage[], filter: QueueFilter): QueueMessage[] {
  return filter === 'all' ? messages : messages.filter((m) => m.state === filter);
}

/** The chips shown: every state that has messages, plus the one selected. */
export function visibleStates(counts: StateCounts, filter: QueueFilter): MessageState[] {
  return MESSAGE_STATES.filter((s) => (counts[s] ?? 0) > 0 || s === filter);
}
