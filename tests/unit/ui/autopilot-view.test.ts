import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '../../../shared/settings';
import { dayOf, lastView, localStamp, nextView } from '../../../renderer/plan/autopilot-view';
import { checkDraft, draftOf, FIELD_OF_KEY } from '../../../renderer/settings/form';
import type { AutopilotStatus } from '../../../renderer/state/autopilot';

const status = (over: Partial<AutopilotStatus> = {}): AutopilotStatus => ({
  enabled: true,
  time: '09:00',
  lastRun: null,
  nextRun: '2026-12-04 09:00',
  hostRunning: true,
  ...over,
});
const run = { runDate: '2026-12-03', startedAt: '2026-12-03T02:00:05Z', finishedAt: '2026-12-03T02:00:07Z', planned: 15, approved: 15, excluded: 15, error: null };

describe('autopilot card', () => {
  it('names days relative to the business’s today', () => {
    expect(dayOf('2026-12-03', '2026-12-03')).toEqual({ kind: 'today' });
    expect(dayOf('2026-12-04', '2026-12-03')).toEqual({ kind: 'tomorrow' });
    expect(dayOf('2026-12-02', '2026-12-03')).toEqual({ kind: 'yesterday' });
    expect(dayOf('2027-01-01', '2026-12-31')).toEqual({ kind: 'tomorrow' });
    expect(dayOf('2026-12-10', '2026-12-03')).toEqual({ kind: 'date', date: '2026-12-10' });
    expect(dayOf('2026-12-03', null)).toEqual({ kind: 'date', date: '2026-12-03' });
  });

  it('reads the host’s instant on the business’s wall clock', () => {
    expect(localStamp('2026-12-03T02:00:00Z', 'Asia/Shanghai')).toBe('2026-12-03 10:00');
    expect(localStamp('2026-12-03T17:30:00Z', 'Asia/Shanghai')).toBe('2026-12-04 01:30');
    expect(localStamp(null, 'Asia/Shanghai')).toBeNull();
    expect(localStamp('not a time', 'Asia/Shanghai')).toBeNull();
  });

  it('says off, due now, or the day and time of the next run', () => {
    expect(nextView(status({ enabled: false, nextRun: null }), '2026-12-03', '2026-12-03 10:00')).toEqual({ kind: 'off' });
    expect(nextView(status({ nextRun: '2026-12-03 09:30' }), '2026-12-03', '2026-12-03 10:00')).toEqual({ kind: 'due' });
    expect(nextView(status(), '2026-12-03', '2026-12-03 10:00')).toEqual({ kind: 'at', day: { kind: 'tomorrow' }, time: '09:00' });
    expect(nextView(status({ nextRun: '2026-12-03 18:00' }), '2026-12-03', '2026-12-03 10:00')).toEqual({ kind: 'at', day: { kind: 'today' }, time: '18:00' });
  });

  it('says never, running, failed, or what the last run did', () => {
    expect(lastView(status(), '2026-12-03', 'Asia/Shanghai')).toEqual({ kind: 'never' });
    expect(lastView(status({ lastRun: run }), '2026-12-03', 'Asia/Shanghai')).toEqual({
      kind: 'done',
      day: { kind: 'today' },
      time: '10:00',
      planned: 15,
      approved: 15,
      excluded: 15,
    });
    expect(lastView(status({ lastRun: { ...run, finishedAt: null } }), '2026-12-04', 'Asia/Shanghai')).toEqual({ kind: 'running', day: { kind: 'yesterday' }, time: '10:00' });
    expect(lastView(status({ lastRun: { ...run, error: 'database is locked' } }), '2026-12-03', 'Asia/Shanghai')).toMatchObject({ kind: 'failed', error: 'database is locked' });
  });
});

describe('settings form: the autopilot fields', () => {
  it('round-trips the switch and the time, writing the time before the switch', () => {
    const d = draftOf(SETTING_DEFAULTS);
    expect(d.autopilotEnabled).toBe(false);
    expect(d.autopilotTime).toBe('09:00');
    const { errors, values } = checkDraft({ ...d, autopilotEnabled: true, autopilotTime: ' 07:45 ' });
    expect(errors).toEqual({});
    expect(values['autopilot.enabled']).toBe(true);
    expect(values['autopilot.time']).toBe('07:45');
    const keys = Object.keys(values);
    expect(keys.indexOf('autopilot.time')).toBeLessThan(keys.indexOf('autopilot.enabled'));
    expect(FIELD_OF_KEY['autopilot.time']).toBe('autopilotTime');
  });

  it('rejects a time that is not 24-hour HH:MM', () => {
    const d = draftOf(SETTING_DEFAULTS);
    for (const bad of ['9:00', '24:00', '09:60', '', '0900']) {
      expect(checkDraft({ ...d, autopilotTime: bad }).errors.autopilotTime, bad).toBe('settings.errors.time');
    }
  });
});
