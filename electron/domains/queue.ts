import { AppError } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/errors';
import type { Ctx } from '../core/context';
import type { HandlerPart } from '../core/registry';
import { readSettings } from '../ledger/settings-repo';
import { approveMessages, cancelMessages, resolveUncertain, setPaused } from '../queue/control';
import { readLease } from '../queue/lease';
import { countByState, eventsOf, getRow, listRows, nextAttemptAt } from '../queue/repo';
import { runQueue } from '../queue/worker';
import { createConnector, describeConnector } from '../sms/registry';

const actor = (ctx: Ctx) => `user@${ctx.host}`;

export function connectorJson(name: string, lang: Lang) {
  const info = describeConnector(name);
  return { name: info.name, simulated: info.simulated, label: info.label[lang] };
}

function status(ctx: Ctx) {
  const settings = readSettings(ctx.db);
  const lease = readLease(ctx.db);
  return {
    counts: countByState(ctx.db),
    paused: settings['queue.paused'],
    nextAttemptAt: nextAttemptAt(ctx.db),
    connector: connectorJson(settings.connector, ctx.lang),
    worker: lease && Date.parse(lease.expiresAt) > Date.now() ? lease : null,
  };
}

function messageOrThrow(ctx: Ctx, id: number) {
  const message = getRow(ctx.db, id);
  if (!message) throw new AppError('message_not_found', { id });
  return message;
}

export const queueHandlers: HandlerPart = {
  'queue.list': ({ state, limit }, ctx) => ({ messages: listRows(ctx.db, { state, limit: limit ?? 10_000 }) }),
  'queue.get': ({ id }, ctx) => ({ message: messageOrThrow(ctx, id), events: eventsOf(ctx.db, id) }),
  'queue.status': (_input, ctx) => status(ctx),
  'queue.pause': (_input, ctx) => {
    setPaused(ctx.db, true);
    ctx.emit('settings.changed', { key: 'queue.paused' });
    return status(ctx);
  },
  'queue.resume': (_input, ctx) => {
    setPaused(ctx.db, false);
    ctx.emit('settings.changed', { key: 'queue.paused' });
    return status(ctx);
  },
  'queue.cancel': ({ ids, all }, ctx) => {
    const r = cancelMessages(ctx.db, { ids, all }, actor(ctx), ctx.clock.now());
    ctx.emit('queue.changed', { cancelled: r.done });
    return { cancelled: r.done, refused: r.refused };
  },
  'queue.approve': ({ ids }, ctx) => {
    const r = approveMessages(ctx.db, ids, actor(ctx), ctx.clock.now());
    ctx.emit('queue.changed', { approved: r.done });
    return { approved: r.done, refused: r.refused };
  },
  'queue.resolveUncertain': ({ id, action }, ctx) => {
    resolveUncertain(ctx.db, id, action, actor(ctx), ctx.clock.now());
    ctx.emit('queue.changed', { resolved: [id] });
    return { message: messageOrThrow(ctx, id) };
  },
  'queue.work': async (_input, ctx) => {
    const settings = readSettings(ctx.db);
    const connector = createConnector({ dbPath: ctx.dbPath, settings, now: () => ctx.clock.now() });
    let touched: number[];
    try {
      const run = await runQueue({ db: ctx.db, connector, clock: ctx.clock, emit: ctx.emit, until: 'idle' });
      touched = run.touched;
    } finally {
      await connector.close();
    }
    // What this run changed, plus everything still waiting (quiet hours, backoff, pause).
    const waiting = listRows(ctx.db, { state: 'queued' }).map((m) => m.id);
    const ids = [...new Set([...touched, ...waiting])].sort((a, b) => a - b);
    const messages = listRows(ctx.db, { ids }).map((m) => ({ id: m.id, to: m.to, state: m.state, reason: m.reason, nextAttemptAt: m.nextAttemptAt }));
    const summary: Record<string, number> = {};
    for (const m of messages) summary[m.state] = (summary[m.state] ?? 0) + 1;
    return { messages, summary, connector: connectorJson(connector.name, ctx.lang), paused: readSettings(ctx.db)['queue.paused'] };
  },
};
