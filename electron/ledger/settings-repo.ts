import { AppError } from '../../shared/errors';
import {
  isSettingKey,
  SETTING_DEFAULTS,
  SETTING_KEYS,
  SETTING_SCHEMAS,
  type SettingKey,
  type Settings,
  type SettingValue,
} from '../../shared/settings';
import type { Db } from './db';

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value_json FROM settings').all() as { key: string; value_json: string }[];
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value_json) as SettingValue]));
  const out = { ...SETTING_DEFAULTS } as Record<SettingKey, SettingValue>;
  for (const key of SETTING_KEYS) {
    const v = stored.get(key);
    if (v !== undefined) out[key] = v;
  }
  return out as Settings;
}

export function getSetting<K extends SettingKey>(db: Db, key: K): Settings[K] {
  return readSettings(db)[key];
}

/** Validates against the key's schema (values from the CLI arrive as text) and stores it. */
export function writeSetting(db: Db, key: string, value: SettingValue): SettingValue {
  if (!isSettingKey(key)) throw new AppError('unknown_setting', { key });
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (!parsed.success) {
    throw new AppError('invalid_setting', { key, detail: parsed.error.issues[0]?.message ?? '' });
  }
  const stored = parsed.data as SettingValue;
  db.prepare(
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(stored));
  return stored;
}
