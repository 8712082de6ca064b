import { isValidTimeZone } from '../../shared/dates';
import { formatCentsPlain, parseDecimalToCents } from '../../shared/money';
import type { SettingKey, Settings, SettingValue } from '../../shared/settings';

export const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Australia/Sydney',
  'UTC',
];
export const OTHER_ZONE = '__other__';

/** What the settings form edits: text as typed, turned into setting values on save. */
export interface SettingsDraft {
  businessName: string;
  businessPhone: string;
  signature: string;
  zoneChoice: string;
  zoneCustom: string;
  currency: string;
  language: string;
  pack: string;
  price: string;
  hoursStart: string;
  hoursEnd: string;
  autopilotEnabled: boolean;
  autopilotTime: string;
}

export function draftOf(s: Settings): SettingsDraft {
  const common = COMMON_ZONES.includes(s.timezone);
  return {
    businessName: s['business.name'],
    businessPhone: s['business.phone'],
    signature: s['business.signature'],
    zoneChoice: common ? s.timezone : OTHER_ZONE,
    zoneCustom: common ? '' : s.timezone,
    currency: s.currency,
    language: s.language,
    pack: s.pack,
    price: formatCentsPlain(s['sms.pricePerPartCents']).replace(/,/g, ''),
    hoursStart: s['hours.start'],
    hoursEnd: s['hours.end'],
    autopilotEnabled: s['autopilot.enabled'],
    autopilotTime: s['autopilot.time'],
  };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Errors are i18n keys by draft field; values are the settings to write when there are none. */
export function checkDraft(d: SettingsDraft): { errors: Partial<Record<keyof SettingsDraft, string>>; values: Partial<Record<SettingKey, SettingValue>> } {
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const timezone = d.zoneChoice === OTHER_ZONE ? d.zoneCustom.trim() : d.zoneChoice;
  if (!isValidTimeZone(timezone) || timezone === '') errors.zoneCustom = 'settings.errors.timezone';
  const currency = d.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'settings.errors.currency';
  const price = parseDecimalToCents(d.price.replace(/[,，\s]/g, ''));
  if (price === null || price < 0) errors.price = 'settings.errors.price';
  if (!HHMM.test(d.hoursStart)) errors.hoursStart = 'settings.errors.time';
  if (!HHMM.test(d.hoursEnd)) errors.hoursEnd = 'settings.errors.time';
  else if (HHMM.test(d.hoursStart) && d.hoursStart >= d.hoursEnd) errors.hoursEnd = 'settings.errors.hours';
  const autopilotTime = d.autopilotTime.trim();
  if (!HHMM.test(autopilotTime)) errors.autopilotTime = 'settings.errors.time';
  const values: Partial<Record<SettingKey, SettingValue>> = {
    'business.name': d.businessName.trim(),
    'business.phone': d.businessPhone.trim(),
    'business.signature': d.signature.trim(),
    timezone,
    currency,
    language: d.language,
    pack: d.pack,
    'sms.pricePerPartCents': price ?? 0,
    'hours.start': d.hoursStart,
    'hours.end': d.hoursEnd,
    // The time before the switch, so a newly enabled autopilot never runs at the old time.
    'autopilot.time': autopilotTime,
    'autopilot.enabled': d.autopilotEnabled,
  };
  return { errors, values };
}

/** Which draft field shows a server error about a setting key. */
export const FIELD_OF_KEY: Partial<Record<SettingKey, keyof SettingsDraft>> = {
  'business.name': 'businessName',
  'business.phone': 'businessPhone',
  'business.signature': 'signature',
  timezone: 'zoneCustom',
  currency: 'currency',
  language: 'language',
  pack: 'pack',
  'sms.pricePerPartCents': 'price',
  'hours.start': 'hoursStart',
  'hours.end': 'hoursEnd',
  'autopilot.time': 'autopilotTime',
  'autopilot.enabled': 'autopilotEnabled',
};
