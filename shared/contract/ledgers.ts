import { z } from 'zod';
import { method } from './define';

// One database file per business; a bookkeeper keeps one per client shop.
export const ledgerInfo = z.object({ path: z.string(), name: z.string(), current: z.boolean() });
export type LedgerInfo = z.infer<typeof ledgerInfo>;
const ledgerName = z.string().trim().min(1, 'name_required').max(60);

export const ledgersContract = {
  'ledgers.list': method(z.object({}), z.object({ ledgers: z.array(ledgerInfo), current: ledgerInfo })),
  'ledgers.create': method(z.object({ name: ledgerName }), z.object({ current: ledgerInfo })),
  'ledgers.open': method(z.object({ path: z.string().min(1).max(1000) }), z.object({ current: ledgerInfo })),
  'app.info': method(
    z.object({}),
    z.object({ version: z.string(), host: z.enum(['electron', 'web', 'cli']), now: z.string(), today: z.string() }),
  ),
};
