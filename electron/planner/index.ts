// The planner's public surface: pure decisions (no database); the plan/queue layers feed them facts.
export { decideCustomer } from './cadence';
export { decideConfirmations } from './confirmations';
export { recheckMessage, type Recheck } from './recheck';
export { CONFIRMATION_WINDOW_DAYS, DEFAULT_POLICY, policyFromSettings } from './policy';
export { customerZone, endOfWindow, HARD_END, HARD_START, sendDeadline, sendWindow, type SendWindow, type WindowOptions } from './hours';
export * from './types';
