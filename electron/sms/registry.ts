// Which connector sends: the `connector` setting (default 'demo'). The demo phone's journal lives
// next to the ledger but outside it (`<ledger>.demo-phone.jsonl`): what "left" must survive a
// crash independently of the database, so the two can be compared.

import { AppError } from '../../shared/errors';
import { type Lang, registerErrorMessages } from '../../shared/i18n/errors';
import type { Settings } from '../../shared/settings';
import type { Connector } from './connector';
import { DEMO_LABEL, DemoConnector } from './demo/demo-connector';

export interface ConnectorInfo {
  name: string;
  simulated: boolean;
  label: Record<Lang, string>;
}

export interface ConnectorContext {
  dbPath: string;
  settings: Settings;
  now: () => Date;
}

interface Entry {
  info: ConnectorInfo;
  create(ctx: ConnectorContext): Connector;
}

registerErrorMessages({
  unknown_connector: { 'zh-CN': '不认识的发送方式：{{name}}', en: 'Unknown connector: {{name}}' },
});

export const demoJournalPath = (dbPath: string): string => `${dbPath}.demo-phone.jsonl`;

const ENTRIES: Record<string, Entry> = {
  demo: {
    info: { name: 'demo', simulated: true, label: { ...DEMO_LABEL } },
    create: (ctx) => new DemoConnector({ journalPath: demoJournalPath(ctx.dbPath), zeroLatency: ctx.settings['demo.zeroLatency'], throttled: ctx.settings['demo.throttled'], now: ctx.now }),
  },
};

function entry(name: string): Entry {
  const e = Object.hasOwn(ENTRIES, name) ? ENTRIES[name] : undefined;
  if (!e) throw new AppError('unknown_connector', { name });
  return e;
}

export const connectorNames = (): string[] => Object.keys(ENTRIES);

/** What the UI/CLI shows about a connector without opening it. */
export function describeConnector(name: string): ConnectorInfo {
  return entry(name).info;
}

export function createConnector(ctx: ConnectorContext, name = ctx.settings.connector): Connector {
  return entry(name).create(ctx);
}
