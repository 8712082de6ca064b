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

// "Cold" = right after a write, so the read cache cannot answer; "warm" = unchanged ledger.
let bump = 0;
const write = () => core.database.prepare(`INSERT OR REPLACE INTO settings (key, value_json) VALUES ('bench.bump', ?)`).run(String(++bump));
const cold = (fn: () => unknown) =>
  median(7, () => {
    write();
    return fn();
  });

line('customer list with balances, cold (SQL + rows)', `${(await cold(() => listCustomers(core.database, { today }))).toFixed(1)} ms (median of 7)`);
line('customers.list through the contract, cold', `${(await cold(() => core.call('customers.list', {}))).toFixed(1)} ms (median of 7)`);
line('customers.list through the contract, warm', `${(await median(7, () => core.call('customers.list', {}))).toFixed(1)} ms (median of 7)`);
line('overdue filter, cold', `${(await cold(() => listCustomers(core.database, { today, filter: 'overdue' }))).toFixed(1)} ms (median of 7)`);
line('customers.list first 50 rows, cold', `${(await cold(() => core.call('customers.list', { limit: 50 }))).toFixed(1)} ms (median of 7)`);
line('customers.list first 50 rows, warm', `${(await median(21, () => core.call('customers.list', { limit: 50 }))).toFixed(2)} ms (median of 21)`);

line('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
core.close();
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
