// Catch-up, episodes, spacing, caps and the expired-replan-once rule.
import { describe, expect, it } from 'vitest';
import { decideCustomer } from '../../../electron/planner/cadence';
import { overdueRuns } from '../../../electron/planner/episode';
import { AS_OF, closed, customer, open, policy, sent, unsent } from './fixtures';

const P = policy();

describe('catch-up', () => {
  it('D however large → reminder1, never a later stage first', () => {
    const d = decideCustomer(customer({ openInvoices: [open(1, '2025-06-01')] }), AS_OF, P);
    expect(d).toMatchObject({ kind: 'message', stage: 'reminder1', daysOverdue: 547 });
  });
  it('missed days are caught up once: after that reminder1 the stages run from its sending', () => {
    const c = customer({ openInvoices: [open(1, '2025-06-01')], messages: [sent('reminder1', '2026-11-26')] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'stage_not_due', detail: { nextStage: 'reminder2' } });
    expect(decideCustomer(c, '2026-12-03', P)).toMatchObject({ kind: 'message', stage: 'reminder2' });
  });
});

describe('episodes', () => {
  const oldEpisode = [sent('reminder1', '2026-10-05'), sent('reminder2', '2026-10-12'), sent('final', '2026-10-26')];

  it('a new overdue balance after full payment starts again at reminder1', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-10-01', '2026-11-15')],
      openInvoices: [open(2, '2026-11-20')],
      messages: oldEpisode,
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1', invoiceIds: [2] });
  });

  it('without the payment in between it is the same episode → final_sent', () => {
    const c = customer({ openInvoices: [open(1, '2026-10-01'), open(2, '2026-11-20')], messages: oldEpisode });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'final_sent' });
  });

  it('one clear day separates episodes; touching ranges do not', () => {
    // Invoice 1 owed through 11-14 (paid 11-15). Invoice 2 due 11-14 is owed from 11-15: no clear day.
    const touching = customer({
      closedInvoices: [closed(1, '2026-10-01', '2026-11-15')],
      openInvoices: [open(2, '2026-11-14')],
      messages: [sent('reminder1', '2026-10-05')],
    });
    expect(overdueRuns(touching)).toEqual([{ start: '2026-10-02', end: '9999-12-31' }]);
    expect(decideCustomer(touching, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder2' });
    // Invoice 2 due 11-15 is owed from 11-16: the customer was clear on 11-15 → new episode.
    const gap = customer({ ...touching, openInvoices: [open(2, '2026-11-15')] });
    expect(overdueRuns(gap)).toHaveLength(2);
    expect(decideCustomer(gap, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });

  it('a payment on the day a reminder left ends that episode after it', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-11-10', '2026-11-15')],
      openInvoices: [open(2, '2026-11-20')],
      messages: [sent('reminder1', '2026-11-15')],
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });

  it('spacing crosses episodes: a reminder two days ago blocks the new episode’s first', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-11-10', '2026-11-28')],
      openInvoices: [open(2, '2026-11-28')],
      messages: [sent('reminder1', '2026-11-28')],
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'recently_contacted', detail: { notBefore: '2026-12-01' } });
    expect(decideCustomer(c, '2026-12-01', P)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });

  it('re-arming after a final starts the stages again; before it, final_sent', () => {
    const msgs = [sent('reminder1', '2026-10-05'), sent('reminder2', '2026-10-12'), sent('final', '2026-10-26')];
    const c = customer({ openInvoices: [open(1, '2026-10-01')], messages: msgs });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'final_sent' });
    const rearmed = { ...c, rearmedAt: '2026-11-20T09:00:00+08:00' };
    expect(decideCustomer(rearmed, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });
});

describe('spacing and caps', () => {
  it('waiting between stages: < spacing days → recently_contacted, else stage_not_due', () => {
    const c = (d: string) => customer({ openInvoices: [open(1, '2026-11-01')], messages: [sent('reminder1', d)] });
    expect(decideCustomer(c('2026-11-28'), AS_OF, P)).toMatchObject({ reason: 'recently_contacted' });
    expect(decideCustomer(c('2026-11-27'), AS_OF, P)).toMatchObject({ reason: 'stage_not_due' });
  });

  it('the spacing setting is honoured (5 days)', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-01')], messages: [sent('reminder1', '2026-11-26')] });
    expect(decideCustomer(c, AS_OF, policy({ spacingDays: 5 }))).toMatchObject({ reason: 'recently_contacted' });
  });

  it('uncertain (may have left) counts as a contact', () => {
    const msgs = [sent('reminder1', '2026-11-29', { state: 'uncertain' })];
    const c = customer({ openInvoices: [open(1, '2026-11-01')], messages: msgs });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'recently_contacted' });
  });

  it('1 per day: a final sent this morning, then re-armed at noon → no second reminder today', () => {
    const c = customer({
      openInvoices: [open(1, '2026-10-01')],
      rearmedAt: '2026-11-30T12:00:00+08:00',
      messages: [sent('reminder1', '2026-10-05'), sent('reminder2', '2026-10-12'), sent('final', '2026-11-29', { sentAt: '2026-11-30T02:00:00Z' })],
    });
    expect(decideCustomer(c, AS_OF, policy({ spacingDays: 0 }))).toMatchObject({
      reason: 'cap_reached',
      detail: { cap: 'perDay', notBefore: '2026-12-01' },
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'recently_contacted' });
    expect(decideCustomer(c, '2026-12-01', policy({ spacingDays: 0 }))).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });

  it('3 per 7 days, counted across episodes (spacing 0)', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-11-20', '2026-11-24'), closed(2, '2026-11-25', '2026-11-26'), closed(3, '2026-11-27', '2026-11-28')],
      openInvoices: [open(4, '2026-11-29')],
      messages: [sent('reminder1', '2026-11-24'), sent('reminder1', '2026-11-26'), sent('reminder1', '2026-11-28')],
    });
    const p = policy({ spacingDays: 0 });
    expect(decideCustomer(c, AS_OF, p)).toMatchObject({ reason: 'cap_reached', detail: { cap: 'per7Days', notBefore: '2026-12-01' } });
    expect(decideCustomer(c, '2026-12-01', p)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });

  it('confirmations never count toward caps or spacing', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-11-10', '2026-11-28')],
      openInvoices: [open(2, '2026-11-20')],
      messages: [sent('confirmation', '2026-11-29', { invoiceIds: [1] })],
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1' });
  });
});

describe('expired reminders are planned again once', () => {
  const base = { openInvoices: [open(1, '2026-11-01')] };
  it('one expired → the stage is planned again, marked replan', () => {
    const c = customer({ ...base, messages: [unsent('reminder1', 'expired', '2026-11-29')] });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1', replan: true });
  });
  it('two expired (or failed) → not again: cap_reached (replan)', () => {
    const msgs = [unsent('reminder1', 'expired', '2026-11-28'), unsent('reminder1', 'failed', '2026-11-29')];
    const c = customer({ ...base, messages: msgs });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ reason: 'cap_reached', detail: { cap: 'replan' } });
  });
  it('an expired reminder2 replans reminder2, not reminder1', () => {
    const msgs = [sent('reminder1', '2026-11-10'), unsent('reminder2', 'expired', '2026-11-29')];
    expect(decideCustomer(customer({ ...base, messages: msgs }), AS_OF, P)).toMatchObject({ stage: 'reminder2', replan: true });
  });
  it('cancelled and never-approved plans from earlier days are not attempts', () => {
    const msgs = [unsent('reminder1', 'cancelled', '2026-11-27'), unsent('reminder1', 'planned', '2026-11-28'), unsent('reminder1', 'expired', '2026-11-29')];
    expect(decideCustomer(customer({ ...base, messages: msgs }), AS_OF, P)).toMatchObject({ kind: 'message', replan: true });
  });
  it('misses in an earlier episode do not count', () => {
    const c = customer({
      closedInvoices: [closed(9, '2026-10-01', '2026-10-20')],
      openInvoices: [open(1, '2026-11-20')],
      messages: [unsent('reminder1', 'expired', '2026-10-10'), unsent('reminder1', 'expired', '2026-10-11')],
    });
    expect(decideCustomer(c, AS_OF, P)).toMatchObject({ kind: 'message', stage: 'reminder1', replan: false });
  });
});
