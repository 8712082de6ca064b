// Every row of cadence.md's worked examples (as-of 2026-11-30, Asia/Shanghai) that pure logic
// reaches. I (confirmation) is in confirmations.test.ts, J's hours in hours.test.ts.
import { describe, expect, it } from 'vitest';
import { decideCustomer } from '../../../electron/planner/cadence';
import { recheckMessage } from '../../../electron/planner/recheck';
import { AS_OF, customer, open, policy, sent, unsent } from './fixtures';

const P = policy();

describe('cadence.md worked examples', () => {
  it('A: one invoice due 2026-11-29, nothing sent → reminder1 (D=1)', () => {
    const d = decideCustomer(customer({ openInvoices: [open(1, '2026-11-29', 12_345)] }), AS_OF, P);
    expect(d).toEqual({
      kind: 'message',
      stage: 'reminder1',
      amountCents: 12_345,
      oldestDueDate: '2026-11-29',
      daysOverdue: 1,
      invoiceIds: [1],
      replan: false,
    });
  });

  it('B: invoices due 10-01 and 10-20, nothing sent → one reminder1 for both, total of both', () => {
    const c = customer({ openInvoices: [open(2, '2026-10-20', 7_000), open(1, '2026-10-01', 5_000)] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({
      kind: 'message',
      stage: 'reminder1',
      amountCents: 12_000,
      oldestDueDate: '2026-10-01',
      daysOverdue: 60,
      invoiceIds: [1, 2],
    });
  });

  it('C: due 2026-11-30 → excluded due_today', () => {
    const d = decideCustomer(customer({ openInvoices: [open(1, '2026-11-30')] }), AS_OF, P);
    expect(d).toMatchObject({ kind: 'excluded', reason: 'due_today' });
  });

  it('D: due 2026-12-15 → excluded not_due', () => {
    const d = decideCustomer(customer({ openInvoices: [open(1, '2026-12-15')] }), AS_OF, P);
    expect(d).toMatchObject({ kind: 'excluded', reason: 'not_due', detail: { notBefore: '2026-12-16' } });
  });

  it('E: reminder1 sent 11-25 → stage_not_due; 12-01 still; on 12-02 → reminder2', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-01')], messages: [sent('reminder1', '2026-11-25')] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({
      kind: 'excluded',
      reason: 'stage_not_due',
      detail: { nextStage: 'reminder2', notBefore: '2026-12-02' },
    });
    expect(decideCustomer(c, '2026-12-01', P)).toMatchObject({ reason: 'stage_not_due' });
    expect(decideCustomer(c, '2026-12-02', P)).toMatchObject({ kind: 'message', stage: 'reminder2', daysOverdue: 31 });
  });

  it('F: reminder1 sent 11-29 → excluded recently_contacted', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-20')], messages: [sent('reminder1', '2026-11-29')] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'excluded', reason: 'recently_contacted' });
  });

  it('G: reminder1 11-01, reminder2 11-10 → final (20 days ≥ 14)', () => {
    const c = customer({
      openInvoices: [open(1, '2026-10-15')],
      messages: [sent('reminder1', '2026-11-01'), sent('reminder2', '2026-11-10')],
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'final' });
    // 13 days after reminder2 the final is not yet due.
    expect(decideCustomer(c, '2026-11-23', P)).toMatchObject({ reason: 'stage_not_due', detail: { nextStage: 'final' } });
  });

  it('H: final sent 11-20 → excluded final_sent (also when it was yesterday)', () => {
    const history = [sent('reminder1', '2026-10-01'), sent('reminder2', '2026-10-10')];
    const c = customer({ openInvoices: [open(1, '2026-09-15')], messages: [...history, sent('final', '2026-11-20')] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'excluded', reason: 'final_sent' });
    const y = customer({ openInvoices: [open(1, '2026-09-15')], messages: [...history, sent('final', '2026-11-29')] });
    expect(decideCustomer(y, AS_OF, P)).toMatchObject({ reason: 'final_sent' });
  });

  it('J: a reminder planned at 22:30 still waiting next morning blocks a second one; it may still leave', () => {
    const waiting = unsent('reminder1', 'queued', '2026-11-30', { id: 7 });
    const c = customer({ openInvoices: [open(1, '2026-11-29')], messages: [waiting] });
    expect(decideCustomer(c, '2026-12-01', P)).toMatchObject({ kind: 'excluded', reason: 'recently_contacted' });
    expect(recheckMessage(c, 7, '2026-12-01', P)).toEqual({ ok: true });
  });

  it('K: planned twice on the same day → the second shows the same message with its state', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-29')], messages: [unsent('reminder1', 'queued', AS_OF, { id: 42 })] });
    const first = decideCustomer(c, AS_OF, P);
    expect(first).toEqual({ kind: 'existing', messageId: 42, stage: 'reminder1', state: 'queued' });
    expect(decideCustomer(c, AS_OF, P)).toEqual(first);
    const done = customer({ ...c, messages: [sent('reminder1', AS_OF, { id: 43, state: 'delivered' })] });
    expect(decideCustomer(done, AS_OF, P)).toEqual({ kind: 'existing', messageId: 43, stage: 'reminder1', state: 'delivered' });
  });
});
