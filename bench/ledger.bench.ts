import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../electron/core/clock';
import { Core } from '../electron/core/core';
import { listCustomers } from '../electron/ledger/customers-repo';
import { line, median, peakRssMiB, timed } from './support';
import { seedLedger } from './seed';

const CUSTOMERS = 20_000;
const INVOICES = 100_000;
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'duebell-bench-'));
const core = await Core.open({
  dbPath: join(dir, 'bench.db'),
  appDataDir: dir,
  host: 'cli',
  clock: clockStartingAt(new Date('2026-11-30T10:00:00+08:00')),
});
const today = '2026-11-30';

const seed = await timed(() => seedLedger(core.database, CUSTOMERS, INVOICES, today));
line(`seed ${CUSTOMERS} customers / ${INVOICES} invoices`, `${seed.ms.toFixed(0)} ms`);

const repo = await median(7, () => listCustomers(core.database, { today }));
line('customer list with balances (repository, SQL only)', `${repo.toFixed(1)} ms (median of 7)`);

const viaCore = await median(7, async () => {
  const r = await core.call('customers.list', {});
  if (!r.ok) throw new Error(r.error.message);
});
line('customers.list through the contract (zod in+out)', `${viaCore.toFixed(1)} ms (median of 7)`);

const overdue = await median(7, () => listCustomers(core.database, { today, filter: 'overdue' }));
line('overdue filter', `${overdue.toFixed(1)} ms (median of 7)`);

const page = await median(21, () => core.call('customers.list', { limit: 50 }));
line('customers.list first 50 rows (contract)', `${page.toFixed(1)} ms (median of 21)`);

line('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
core.close();
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
