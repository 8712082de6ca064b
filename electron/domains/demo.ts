import type { HandlerPart } from '../core/registry';
import { loadDemo } from '../demo/load-demo';

export const demoHandlers: HandlerPart = {
  'demo.load': (_input, ctx) => {
    const counts = loadDemo(ctx.db, ctx.today(), ctx.nowIso());
    ctx.emit('ledger.changed', {});
    ctx.emit('settings.changed', { key: 'business.name' });
    return counts;
  },
};
