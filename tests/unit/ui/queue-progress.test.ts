import { describe, expect, it } from 'vitest';
import { countStates, filterMessages, isCancellable, visibleStates } from '../../../renderer/queue/filter';
import { readProgress, startRun, trackRun } from '../../../renderer/queue/progress';
import type { QueueMessage } from '../../../renderer/queue/types';

const msg = (id: number, state: QueueMessage['state']): QueueMessage => ({
  id,
  customerId: id,
  customerName: `c${id}`,
  to: '+8613800000000',
  stage: 'reminder1',
  state,
  text: 'x',
  parts: 1,
  encoding: 'UCS-2',
  attempts: 0,
  reason: null,
  nextAttemptAt: null,
  createdAt: '2026-12-03T02:00:00Z',
  updatedAt: '2026-12-03T02:00:00Z',
  sentAt: null,
  deliveredAt: null,
  connector: null,
  providerId: null,
});

describe('send progress', () => {
  it('counts only what finished since the run started, and never goes backwards or past the total', () => {
    const run = startRun(3, { sent: 5, queued: 3 });
    expect(run).toEqual({ total: 3, done: 0, baseline: 5 });
    const one = trackRun(run, { sent: 6, queued: 2 });
    expect(one.done).toBe(1);
    // sent → delivered keeps the count; failures and uncertain ones count as finished too
    const two = trackRun(one, { sent: 5, delivered: 1, failed: 1, queued: 1 });
    expect(two.done).toBe(2);
    expect(trackRun(two, { sent: 2 }).done).toBe(2);
    expect(trackRun(two, { sent: 20 }).done).toBe(3);
  });

  it('reads queue.progress payloads defensively', () => {
    expect(readProgress(null)).toBeNull();
    expect(readProgress({ counts: 3 })).toBeNull();
    expect(readProgress({ counts: { sent: 2, queued: 'x' }, sending: 12, nextAttemptAt: 7, paused: false })).toEqual({
      counts: { sent: 2 },
      sending: true,
      nextAttemptAt: null,
      paused: false,
    });
    expect(readProgress({ counts: {}, sending: null })).toMatchObject({ sending: false, paused: null });
  });
});

describe('queue filters', () => {
  const list = [msg(1, 'queued'), msg(2, 'sent'), msg(3, 'sent'), msg(4, 'uncertain'), msg(5, 'planned')];

  it('counts by state and filters', () => {
    expect(countStates(list)).toEqual({ queued: 1, sent: 2, uncertain: 1, planned: 1 });
    expect(filterMessages(list, 'sent').map((m) => m.id)).toEqual([2, 3]);
    expect(filterMessages(list, 'all')).toHaveLength(5);
  });

  it('shows chips for states that have messages, in state order, plus the selected one', () => {
    expect(visibleStates(countStates(list), 'failed')).toEqual(['planned', 'queued', 'sent', 'failed', 'uncertain']);
  });

  it('lets a person cancel only what has not been handed to the network', () => {
    expect(list.filter(isCancellable).map((m) => m.id)).toEqual([1, 5]);
  });
});
