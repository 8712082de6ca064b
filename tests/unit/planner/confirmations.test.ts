import { describe, expect, it } from 'vitest';
import { decideConfirmations } from '../../../electron/planner/confirmations';
import { AS_OF, closed, customer, open, policy, sent, unsent } from './fixtures';

const P = policy();

describe('payment confirmations', () => {
  it('I: paid in full on 11-29 after reminder1 on 11-20 → confirmation', () => {
    const c = customer({ closedInvoices: [closed(1, '2026-11-10', '2026-11-29', 8_800)], messages: [sent('reminder1', '2026-11-20')] });
    expect(decideConfirmations(c, AS_OF, P)).toEqual({
      kind: 'message',
      stage: 'confirmation',
      invoiceIds: [1],
      amountCents: 8_800,
      paidDate: '2026-11-29',
    });
  });

  it('the setting off → nothing', () => {
    const c = customer({ closedInvoices: [closed(1, '2026-11-10', '2026-11-29')], messages: [sent('reminder1', '2026-11-20')] });
    expect(decideConfirmations(c, AS_OF, policy({ confirmationEnabled: false }))).toBeNull();
  });

  it('paid without any reminder sent, or with one that never left → nothing', () => {
    expect(decideConfirmations(customer({ closedInvoices: [closed(1, '2026-11-10', '2026-11-29')] }), AS_OF, P)).toBeNull();
    const never = [unsent('reminder1', 'expired', '2026-11-20'), unsent('reminder1', 'queued', '2026-11-29')];
    expect(decideConfirmations(customer({ closedInvoices: [closed(1, '2026-11-10', '2026-11-29')], messages: never }), AS_OF, P)).toBeNull();
  });

  it('a reminder of an earlier episode does not count', () => {
    const c = customer({
      closedInvoices: [closed(1, '2026-10-01', '2026-10-20'), closed(2, '2026-11-01', '2026-11-29')],
      messages: [sent('reminder1', '2026-10-05', { invoiceIds: [1] })],
    });
    expect(decideConfirmations({ ...c, messages: [...c.messages, sent('confirmation', '2026-10-21', { invoiceIds: [1] })] }, AS_OF, P)).toBeNull();
  });

  it('a reminder of the same episode counts even if it listed another invoice; a partial episode payment too', () => {
    const c = customer({
      openInvoices: [open(1, '2026-10-01')],
      closedInvoices: [closed(2, '2026-11-20', '2026-11-29', 500)],
      messages: [sent('reminder1', '2026-11-05', { invoiceIds: [1] })],
    });
    expect(decideConfirmations(c, AS_OF, P)).toMatchObject({ kind: 'message', invoiceIds: [2], amountCents: 500 });
  });

  it('paid the same day the reminder left (its first overdue day) → confirmation', () => {
    const c = customer({ closedInvoices: [closed(1, '2026-11-28', '2026-11-29')], messages: [sent('reminder1', '2026-11-29')] });
    expect(decideConfirmations(c, AS_OF, P)).toMatchObject({ kind: 'message', invoiceIds: [1] });
  });

  it('written off → no thank-you', () => {
    const c = customer({ closedInvoices: [closed(1, '2026-11-10', '2026-11-29', 100, true)], messages: [sent('reminder1', '2026-11-20')] });
    expect(decideConfirmations(c, AS_OF, P)).toBeNull();
  });

  it('never twice: an earlier confirmation (any state) settles its invoices; one today shows as existing', () => {
    const base = { closedInvoices: [closed(1, '2026-11-10', '2026-11-28')], messages: [sent('reminder1', '2026-11-20')] };
    const earlier = unsent('confirmation', 'expired', '2026-11-29', { invoiceIds: [1] });
    expect(decideConfirmations(customer({ ...base, messages: [...base.messages, earlier] }), AS_OF, P)).toBeNull();
    const today = unsent('confirmation', 'queued', AS_OF, { id: 77, invoiceIds: [1] });
    expect(decideConfirmations(customer({ ...base, messages: [...base.messages, today] }), AS_OF, P)).toEqual({
      kind: 'existing',
      messageId: 77,
      stage: 'confirmation',
      state: 'queued',
    });
  });

  it('payments older than the window (7 days) are not thanked for', () => {
    const c = (paid: string) => customer({ closedInvoices: [closed(1, '2026-11-01', paid)], messages: [sent('reminder1', '2026-11-05')] });
    expect(decideConfirmations(c('2026-11-23'), AS_OF, P)).toMatchObject({ kind: 'message' });
    expect(decideConfirmations(c('2026-11-22'), AS_OF, P)).toBeNull();
  });

  it('several newly paid invoices → one confirmation covering all', () => {
    const c = customer({
      closedInvoices: [closed(2, '2026-11-01', '2026-11-27', 300), closed(1, '2026-11-01', '2026-11-29', 200)],
      messages: [sent('reminder1', '2026-11-05', { invoiceIds: [1, 2] })],
    });
    expect(decideConfirmations(c, AS_OF, P)).toEqual({ kind: 'message', stage: 'confirmation', invoiceIds: [1, 2], amountCents: 500, paidDate: '2026-11-29' });
  });

  it('opted out or unreachable → excluded; disputed or paused customers are still thanked', () => {
    const base = { closedInvoices: [closed(1, '2026-11-10', '2026-11-29')], messages: [sent('reminder1', '2026-11-20')] };
    expect(decideConfirmations(customer({ ...base, optedOutAt: '2026-11-29T01:00:00Z' }), AS_OF, P)).toEqual({
      kind: 'excluded',
      reason: 'opted_out',
      invoiceIds: [1],
    });
    expect(decideConfirmations(customer({ ...base, mobile: null, unreachableReason: 'missing' }), AS_OF, P)).toMatchObject({ reason: 'no_mobile' });
    expect(decideConfirmations(customer({ ...base, disputed: true, pausedUntil: '2027-01-01' }), AS_OF, P)).toMatchObject({ kind: 'message' });
  });
});
