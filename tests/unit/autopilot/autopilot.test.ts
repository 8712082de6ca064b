import { describe, expect, it } from 'vitest';
import { lastAutopilotRun } from '../../../electron/autopilot/autopilot-repo';
import { runAutopilotIfDue } from '../../../electron/autopilot/run';
import { autopilotDue, nextAutopilotRun } from '../../../electron/autopilot/schedule';
import { must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const SH = 'Asia/Shanghai';

describe('autopilot schedule', () => {
  it('is due once per business day, at or after the set time in the business zone', () => {
    expect(autopilotDue(new Date('2026-11-30T08:59:00+08:00'), SH, '09:00', null)).toBe(false);
    expect(autopilotDue(new Date('2026-11-30T09:00:00+08:00'), SH, '09:00', null)).toBe(true);
    expect(autopilotDue(new Date('2026-11-30T15:00:00+08:00'), SH, '09:00', '2026-11-29')).toBe(true);
    expect(autopilotDue(new Date('2026-11-30T15:00:00+08:00'), SH, '09:00', '2026-11-30')).toBe(false);
    // 01:30 UTC is already 09:30 in Shanghai
    expect(autopilotDue(new Date('2026-11-30T01:30:00Z'), SH, '09:00', '2026-11-29')).toBe(true);
  });
  it('says when it runs next', () => {
    expect(nextAutopilotRun(new Date('2026-11-30T08:00:00+08:00'), SH, '09:00', null)).toBe('2026-11-30 09:00');
    expect(nextAutopilotRun(new Date('2026-11-30T10:00:00+08:00'), SH, '09:00', '2026-11-30')).toBe('2026-12-01 09:00');
  });
});

describe('autopilot run', () => {
  it('does nothing while off (the default)', async () => {
    const core = await openTestCore(tmp(), '2026-11-30T10:00:00+08:00');
    await must(core, 'demo.load', {});
    expect(runAutopilotIfDue(core.context())).toBeNull();
    expect((await must(core, 'queue.list', {})).messages).toHaveLength(0);
    core.close();
  });

  it('plans and approves the day once, and reports its last and next run', async () => {
    const core = await openTestCore(tmp(), '2026-11-30T10:00:00+08:00');
    await must(core, 'demo.load', {});
    await must(core, 'settings.set', { key: 'autopilot.enabled', value: 'true' });
    const run = runAutopilotIfDue(core.context());
    expect(run).toMatchObject({ runDate: '2026-11-30', error: null });
    expect(run!.approved).toBeGreaterThan(10);
    const queued = (await must(core, 'queue.list', { state: 'queued' })).messages;
    expect(queued).toHaveLength(run!.approved);
    expect(runAutopilotIfDue(core.context())).toBeNull();
    expect(lastAutopilotRun(core.database)?.runDate).toBe('2026-11-30');
    const status = await must(core, 'autopilot.status', {});
    expect(status).toMatchObject({ enabled: true, time: '09:00', nextRun: '2026-12-01 09:00', hostRunning: false });
    core.close();
  });
});
