import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { canTransition, MESSAGE_STATES, TRANSITIONS, transition, tryTransition } from '../../../electron/queue/transitions';
import type { MessageState } from '../../../electron/planner/types';
import { AppError } from '../../../shared/errors';
import { openTestCore } from '../../support/core';
import { addDebtor, eventsOf, insertMessage, rowOf } from '../../support/messages';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const AT = new Date('2026-11-30T02:00:00Z');
let core: Core;
let debtor: { customerId: number; mobile: string };

beforeEach(async () => {
  core = await openTestCore(tmp());
  debtor = await addDebtor(core);
});
afterEach(() => core.close());

const make = (state: MessageState) => insertMessage(core.database, { customerId: debtor.customerId, to: debtor.mobile, state, planDate: `2026-11-${10 + MESSAGE_STATES.indexOf(state)}` });

describe('message state graph', () => {
  it('matches DESIGN.md: the happy path, the side exits, human resolution of uncertain', () => {
    const path: [MessageState, MessageState][] = [
      ['planned', 'queued'],
      ['queued', 'sending'],
      ['sending', 'sent'],
      ['sent', 'delivered'],
      ['sent', 'failed'],
      ['queued', 'queued'],
      ['planned', 'cancelled'],
      ['queued', 'cancelled'],
      ['queued', 'expired'],
      ['sending', 'uncertain'],
      ['uncertain', 'sent'],
      ['uncertain', 'queued'],
    ];
    for (const [a, b] of path) expect(canTransition(a, b), `${a}→${b}`).toBe(true);
    for (const end of ['delivered', 'failed', 'cancelled', 'expired'] as const) expect(TRANSITIONS[end]).toEqual([]);
    // never re-sent automatically, never back from sent
    expect(canTransition('uncertain', 'sending')).toBe(false);
    expect(canTransition('sent', 'queued')).toBe(false);
    expect(canTransition('planned', 'sending')).toBe(false);
  });

  it('each allowed transition updates the row and appends one audit event, in one go', () => {
    for (const [from, tos] of Object.entries(TRANSITIONS) as [MessageState, MessageState[]][]) {
      for (const to of tos) {
        const id = insertMessage(core.database, { customerId: debtor.customerId, to: debtor.mobile, state: from, planDate: '2026-11-30', stage: 'reminder1' });
        const changed = transition(core.database, { id, to, actor: 'test', at: AT, reason: 'why', detail: { answer: 'ok' }, set: { attempts: 2 } });
        expect(changed).toEqual({ id, from, to });
        expect(rowOf(core.database, id)).toMatchObject({ state: to, reason: 'why', attempts: 2 });
        const events = eventsOf(core.database, id);
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ from_state: from, to_state: to, actor: 'test' });
        expect(JSON.parse(events[0]!.detail_json)).toEqual({ reason: 'why', attempts: 2, answer: 'ok' });
        core.database.prepare('UPDATE messages SET plan_date = ? WHERE id = ?').run(`old-${id}`, id); // free the unique slot
      }
    }
  });

  it('an illegal transition throws and writes nothing', () => {
    const id = make('delivered');
    let err: unknown;
    try {
      transition(core.database, { id, to: 'sending', actor: 'test', at: AT });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('illegal_transition');
    expect(rowOf(core.database, id).state).toBe('delivered');
    expect(eventsOf(core.database, id)).toEqual([]);
  });

  it('`from` narrows the sources: cancel only what has not started', () => {
    const id = make('sending');
    expect(tryTransition(core.database, { id, to: 'failed', from: ['queued'], actor: 'test', at: AT })).toBeNull();
    expect(rowOf(core.database, id).state).toBe('sending');
  });

  it('an unknown message id is message_not_found', () => {
    expect(() => transition(core.database, { id: 9999, to: 'queued', actor: 'test', at: AT })).toThrowError(/message_not_found/);
  });

  it('the audit log refuses updates and deletes', () => {
    const id = make('planned');
    transition(core.database, { id, to: 'queued', actor: 'test', at: AT });
    expect(() => core.database.prepare('UPDATE message_events SET actor = ?').run('x')).toThrow(/append-only/);
    expect(() => core.database.prepare('DELETE FROM message_events').run()).toThrow(/append-only/);
  });
});
