// The send-time re-check: the planning rules again, as if the message did not exist yet.
import { describe, expect, it } from 'vitest';
import { recheckMessage } from '../../../electron/planner/recheck';
import { AS_OF, closed, customer, open, policy, sent, unsent } from './fixtures';

const P = policy();
const queued = unsent('reminder1', 'queued', AS_OF, { id: 5 });

describe('recheckMessage', () => {
  it('still due → ok', () => {
    expect(recheckMessage(customer({ openInvoices: [open(1, '2026-11-20')], messages: [queued] }), 5, AS_OF, P)).toEqual({ ok: true });
  });
  it('paid since planning → paid', () => {
    const c = customer({ closedInvoices: [closed(1, '2026-11-20', AS_OF)], messages: [queued] });
    expect(recheckMessage(c, 5, AS_OF, P)).toMatchObject({ ok: false, reason: 'paid' });
  });
  it('opted out since planning → opted_out', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-20')], optedOutAt: '2026-11-30T03:00:00Z', messages: [queued] });
    expect(recheckMessage(c, 5, AS_OF, P)).toMatchObject({ ok: false, reason: 'opted_out' });
  });
  it('another reminder already holds the day → cap_reached', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-20')], messages: [queued, unsent('reminder2', 'planned', AS_OF)] });
    expect(recheckMessage(c, 5, AS_OF, P)).toMatchObject({ ok: false, reason: 'cap_reached' });
  });
  it('a reminder sent since (e.g. from another host) → recently_contacted', () => {
    const c = customer({ openInvoices: [open(1, '2026-11-20')], messages: [queued, sent('reminder1', '2026-11-29')] });
    expect(recheckMessage(c, 5, AS_OF, P)).toMatchObject({ ok: false, reason: 'recently_contacted' });
  });
  it('unknown message → missing_data', () => {
    expect(recheckMessage(customer(), 999, AS_OF, P)).toMatchObject({ ok: false, reason: 'missing_data' });
  });
  it('confirmation: ok while paid; payment undone → not ok; opted out → opted_out', () => {
    const conf = unsent('confirmation', 'queued', AS_OF, { id: 6, invoiceIds: [1] });
    const base = { closedInvoices: [closed(1, '2026-11-10', '2026-11-29')], messages: [sent('reminder1', '2026-11-20'), conf] };
    expect(recheckMessage(customer(base), 6, AS_OF, P)).toEqual({ ok: true });
    const undone = customer({ ...base, closedInvoices: [], openInvoices: [open(1, '2026-11-10')] });
    expect(recheckMessage(undone, 6, AS_OF, P)).toMatchObject({ ok: false });
    expect(recheckMessage(customer({ ...base, optedOutAt: 'x' }), 6, AS_OF, P)).toMatchObject({ ok: false, reason: 'opted_out' });
  });
});
