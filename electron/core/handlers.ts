import { demoHandlers } from '../domains/demo';
import { importHandlers } from '../domains/import';
import { ledgerHandlers } from '../domains/ledger';
import { ledgersHandlers } from '../domains/ledgers';
import { planHandlers } from '../domains/plan';
import { settingsHandlers } from '../domains/settings';
import { buildHandlers } from './registry';

/** Every domain's handlers, merged once; a new domain adds one argument here. */
export const handlers = buildHandlers(ledgerHandlers, settingsHandlers, ledgersHandlers, demoHandlers, planHandlers, importHandlers);
