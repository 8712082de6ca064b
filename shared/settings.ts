import { z } from 'zod';
import { isValidTimeZone } from './dates';

// Every setting: its schema (values arrive as text from the CLI, so numbers and booleans are
// coerced) and its default. Keys are stable identifiers used by the CLI contract.
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const int = (min: number, max: number) => z.coerce.number().int('invalid_number').min(min, 'out_of_range').max(max, 'out_of_range');

export const SETTING_SCHEMAS = {
  'business.name': z.string().max(60),
  'business.phone': z.string().max(30),
  'business.signature': z.string().max(20),
  timezone: z.string().refine(isValidTimeZone, 'invalid_timezone'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'invalid_currency'),
  pack: z.enum(['cn', 'us', 'uk']),
  language: z.enum(['zh-CN', 'en']),
  'sms.pricePerPartCents': int(0, 100_000),
  'reminder.minimumCents': int(1, 100_000_000),
  'lateFee.text': z.string().max(100),
  'payment.link': z.string().max(200),
  'hours.start': hhmm,
  'hours.end': hhmm,
  'cadence.reminder2AfterDays': int(1, 365),
  'cadence.finalAfterDays': int(1, 365),
  'cadence.spacingDays': int(0, 365),
  'caps.perDay': int(1, 10),
  'caps.per7Days': int(1, 50),
  'confirmation.enabled': bool,
  // Up to 100 a second: HTTP providers take that; a modem wants far less (the default is 20).
  'autopilot.enabled': bool,
  'autopilot.time': hhmm,
  'queue.perMinute': int(1, 6000),
  'queue.maxAttempts': int(1, 20),
  /** Persisted so a paused queue stays paused across restarts and across hosts. */
  'queue.paused': bool,
  /** Which connector sends (electron/sms/registry.ts knows the names). */
  connector: z.string().min(1).max(40),
  /** Demo phone without simulated latency (benchmarks, crash tests); its journal is still fsynced. */
  'demo.zeroLatency': bool,
  'demo.throttled': bool,
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const SETTING_DEFAULTS: Settings = {
  'business.name': '',
  'business.phone': '',
  'business.signature': '',
  timezone: 'Asia/Shanghai',
  currency: 'CNY',
  pack: 'cn',
  language: 'zh-CN',
  'sms.pricePerPartCents': 5,
  'reminder.minimumCents': 1,
  'lateFee.text': '',
  'payment.link': '',
  'hours.start': '08:00',
  'hours.end': '21:00',
  'cadence.reminder2AfterDays': 7,
  'cadence.finalAfterDays': 14,
  'cadence.spacingDays': 3,
  'caps.perDay': 1,
  'caps.per7Days': 3,
  'confirmation.enabled': true,
  'autopilot.enabled': false,
  'autopilot.time': '09:00',
  'queue.perMinute': 20,
  'queue.maxAttempts': 5,
  'queue.paused': false,
  connector: 'demo',
  'demo.zeroLatency': false,
  'demo.throttled': false,
};

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const isSettingKey = (key: string): key is SettingKey => key in SETTING_SCHEMAS;
export type SettingValue = string | number | boolean;
