// Settings → the planner's policy, so the pure decision functions never read settings themselves.

import { SETTING_DEFAULTS, type Settings } from '../../shared/settings';
import type { CadencePolicy } from './types';

type PolicySettings = Pick<
  Settings,
  | 'timezone'
  | 'reminder.minimumCents'
  | 'cadence.reminder2AfterDays'
  | 'cadence.finalAfterDays'
  | 'cadence.spacingDays'
  | 'caps.perDay'
  | 'caps.per7Days'
  | 'confirmation.enabled'
>;

/** A week: long enough for a weekly re-import to be thanked for, short enough not to thank for old debts. */
export const CONFIRMATION_WINDOW_DAYS = 7;

export function policyFromSettings(s: PolicySettings): CadencePolicy {
  return {
    timeZone: s.timezone,
    minimumCents: s['reminder.minimumCents'],
    reminder2AfterDays: s['cadence.reminder2AfterDays'],
    finalAfterDays: s['cadence.finalAfterDays'],
    spacingDays: s['cadence.spacingDays'],
    capPerDay: s['caps.perDay'],
    capPer7Days: s['caps.per7Days'],
    confirmationEnabled: s['confirmation.enabled'],
    confirmationWindowDays: CONFIRMATION_WINDOW_DAYS,
  };
}

export const DEFAULT_POLICY: CadencePolicy = policyFromSettings(SETTING_DEFAULTS);
