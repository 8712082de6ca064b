import { demoHandlers } from '../domains/demo';
import { ledgerHandlers } from '../domains/ledger';
import { ledgersHandlers } from '../domains/ledgers';
import { queueHandlers } from '../domains/queue';
import { settingsHandlers } from '../domains/settings';
import { buildHandlers } from './registry';

/** Every domain's handlers, merged once; a new domain adds one argument here. */
export const handlers = buildHandlers(ledgerHandlers, settingsHandlers, ledgersHandlers, demoHandlers, queueHandlers);
