// Each exclusion reason of cli.md that the pure planner decides, and the order of the checks.
// (template_blocked and missing_data come from the template/rendering step, not from cadence.)
import { describe, expect, it } from 'vitest';
import { decideCustomer } from '../../../electron/planner/cadence';
import { EXCLUSION_REASONS } from '../../../electron/planner/types';
import { AS_OF, closed, customer, open, policy, sent } from './fixtures';

const P = policy();
const owing = { openInvoices: [open(1, '2026-11-01')] };
const reason = (over: Parameters<typeof customer>[0], asOf = AS_OF, p = P) => {
  const d = decideCustomer(customer(over), asOf, p);
  return d.kind === 'excluded' ? d.reason : d.kind;
};

describe('exclusion reasons', () => {
  it('the reason list is exactly the CLI contract', () => {
    expect([...EXCLUSION_REASONS].sort()).toEqual(
      [
        'paid', 'not_due', 'due_today', 'below_minimum', 'no_mobile', 'invalid_mobile', 'opted_out', 'disputed',
        'paused', 'recently_contacted', 'cap_reached', 'template_blocked', 'missing_data', 'final_sent', 'stage_not_due',
      ].sort(),
    );
  });

  it('paid: every invoice settled (closed, or a zero balance left open)', () => {
    expect(reason({ closedInvoices: [closed(1, '2026-11-01', '2026-11-20')] })).toBe('paid');
    expect(reason({ openInvoices: [open(1, '2026-11-01', 0)] })).toBe('paid');
    expect(reason({})).toBe('paid');
  });

  it('not_due and due_today look at the oldest open invoice', () => {
    expect(reason({ openInvoices: [open(1, '2026-12-01')] })).toBe('not_due');
    expect(reason({ openInvoices: [open(1, '2026-12-01'), open(2, '2026-11-30')] })).toBe('due_today');
  });

  it('only overdue invoices are in the reminder; a not-yet-due one is left out', () => {
    const d = decideCustomer(customer({ openInvoices: [open(1, '2026-11-20', 300), open(2, '2026-12-10', 900)] }), AS_OF, P);
    expect(d).toMatchObject({ kind: 'message', amountCents: 300, invoiceIds: [1] });
  });

  it('below_minimum: the overdue total is under the setting (default 1 cent: anything owed is chased)', () => {
    expect(reason({ openInvoices: [open(1, '2026-11-01', 1)] })).toBe('message');
    expect(reason({ openInvoices: [open(1, '2026-11-01', 999)] }, AS_OF, policy({ minimumCents: 1000 }))).toBe('below_minimum');
    expect(reason({ openInvoices: [open(1, '2026-11-01', 1000)] }, AS_OF, policy({ minimumCents: 1000 }))).toBe('message');
  });

  it('no_mobile when missing; invalid_mobile for a landline, an invalid number or a non-E.164 value', () => {
    expect(reason({ ...owing, mobile: null, unreachableReason: 'missing' })).toBe('no_mobile');
    expect(reason({ ...owing, mobile: null, unreachableReason: 'landline' })).toBe('invalid_mobile');
    expect(reason({ ...owing, mobile: null, unreachableReason: 'invalid' })).toBe('invalid_mobile');
    expect(reason({ ...owing, mobile: '138 0013 8000' })).toBe('invalid_mobile');
  });

  it('opted_out, disputed', () => {
    expect(reason({ ...owing, optedOutAt: '2026-11-02T08:00:00Z' })).toBe('opted_out');
    expect(reason({ ...owing, disputed: true })).toBe('disputed');
  });

  it('paused until a date: excluded before it, chased again on it', () => {
    expect(reason({ ...owing, pausedUntil: '2026-12-01' })).toBe('paused');
    expect(reason({ ...owing, pausedUntil: '2026-11-30' })).toBe('message');
  });

  it('order: money first, then reachability, then consent, then the user switches, then cadence', () => {
    const everything = { mobile: null, unreachableReason: 'missing' as const, optedOutAt: 'x', disputed: true, pausedUntil: '2027-01-01' };
    expect(reason({ ...everything, openInvoices: [open(1, '2026-12-10')] })).toBe('not_due');
    expect(reason({ ...everything, ...owing })).toBe('no_mobile');
    expect(reason({ ...everything, ...owing, mobile: '+8613800138000', unreachableReason: null })).toBe('opted_out');
    expect(reason({ ...owing, disputed: true, pausedUntil: '2027-01-01' })).toBe('disputed');
    expect(reason({ ...owing, pausedUntil: '2027-01-01', messages: [sent('final', '2026-11-29')] })).toBe('paused');
  });
});
