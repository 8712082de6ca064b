import { autopilotHandlers } from '../domains/autopilot';
import { demoHandlers } from '../domains/demo';
import { importHandlers } from '../domains/import';
import { ledgerHandlers } from '../domains/ledger';
import { ledgersHandlers } from '../domains/ledgers';
import { planHandlers } from '../domains/plan';
import { queueHandlers } from '../domains/queue';
import { settingsHandlers } from '../domains/settings';
import { templatesHandlers } from '../domains/templates';
import { buildHandlers } from './registry';

/** Every domain's handlers, merged once; a new domain adds one argument here. */
export const handlers = buildHandlers(ledgerHandlers, settingsHandlers, ledgersHandlers, demoHandlers, planHandlers, templatesHandlers, queueHandlers, autopilotHandlers, importHandlers);
