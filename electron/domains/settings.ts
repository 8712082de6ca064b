import { AppError } from '../../shared/errors';
import { isSettingKey } from '../../shared/settings';
import { readSettings, writeSetting } from '../ledger/settings-repo';
import type { HandlerPart } from '../core/registry';

export const settingsHandlers: HandlerPart = {
  'settings.list': (_input, ctx) => ({ settings: readSettings(ctx.db) }),
  'settings.get': ({ key }, ctx) => {
    if (!isSettingKey(key)) throw new AppError('unknown_setting', { key });
    return { settings: { [key]: readSettings(ctx.db)[key] } };
  },
  'settings.set': ({ key, value }, ctx) => {
    const stored = ctx.db.transaction(() => writeSetting(ctx.db, key, value))();
    ctx.emit('settings.changed', { key });
    return { settings: { [key]: stored } };
  },
};
