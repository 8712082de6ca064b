import { z } from 'zod';
import { method } from './define';

const settingValue = z.union([z.string(), z.number(), z.boolean()]);
const settingsMap = z.object({ settings: z.record(z.string(), settingValue) });

export const settingsContract = {
  'settings.list': method(z.object({}), settingsMap),
  'settings.get': method(z.object({ key: z.string().min(1).max(60) }), settingsMap),
  'settings.set': method(z.object({ key: z.string().min(1).max(60), value: settingValue }), settingsMap),
};
