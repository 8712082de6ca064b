import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dateInZone } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { knownLedgers, ledgerDisplayName, ledgerFileName, ledgersDir } from '../core/app-data';
import type { Ctx } from '../core/context';
import type { HandlerPart } from '../core/registry';
import { openLedger } from '../ledger/db';
import { readSettings, writeSetting } from '../ledger/settings-repo';
import { APP_VERSION } from '../core/version';

async function describeLedger(path: string, ctx: Ctx) {
  if (path === ctx.dbPath) return { path, name: ledgerDisplayName(path, ctx.settings()['business.name']), current: true };
  try {
    const db = await openLedger(path);
    try {
      return { path, name: ledgerDisplayName(path, readSettings(db)['business.name']), current: false };
    } finally {
      db.close();
    }
  } catch {
    return { path, name: ledgerDisplayName(path, ''), current: false };
  }
}

const current = (ctx: Ctx) => ({
  path: ctx.dbPath,
  name: ledgerDisplayName(ctx.dbPath, ctx.settings()['business.name']),
  current: true,
});

export const ledgersHandlers: HandlerPart = {
  'ledgers.list': async (_input, ctx) => {
    const paths = [ctx.dbPath, ...knownLedgers(ctx.appDataDir).filter((p) => p !== ctx.dbPath)];
    const ledgers = [];
    for (const p of paths) ledgers.push(await describeLedger(p, ctx));
    return { ledgers, current: current(ctx) };
  },
  'ledgers.create': async ({ name }, ctx) => {
    const path = join(ledgersDir(ctx.appDataDir), ledgerFileName(name));
    if (existsSync(path)) throw new AppError('ledger_exists', { name });
    await ctx.switchLedger(path);
    ctx.db.transaction(() => writeSetting(ctx.db, 'business.name', name))();
    return { current: current(ctx) };
  },
  'ledgers.open': async ({ path }, ctx) => {
    const full = resolve(path);
    if (!existsSync(full)) throw new AppError('db_open_failed', { path: full, detail: 'ENOENT' });
    await ctx.switchLedger(full);
    return { current: current(ctx) };
  },
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    host: ctx.host,
    now: ctx.nowIso(),
    today: dateInZone(ctx.clock.now(), ctx.settings().timezone),
  }),
};
