import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../electron/core/clock';
import { Core } from '../electron/core/core';
import { writeSetting } from '../electron/ledger/settings-repo';
import { approveMessages } from '../electron/queue/control';
import { runQueue } from '../electron/queue/worker';
import { DemoConnector } from '../electron/sms/demo/demo-connector';
import { line, peakRssMiB, timed } from './support';
import { seedLedger } from './seed';

// Plan and send at scale: 100,000 customers. Plan time (decide + render + check + store), then the
// queue's own overhead per message through the demo phone at zero latency.
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const INVOICES = Math.round(CUSTOMERS * 1.5);
const dir = mkdtempSync(join(tmpdir(), 'duebell-bench-plan-'));
const core = await Core.open({
  dbPath: join(dir, 'bench.db'),
  appDataDir: dir,
  host: 'cli',
  clock: clockStartingAt(new Date('2026-11-30T10:00:00+08:00')),
});
const db = core.database;
const seed = await timed(() => {
  seedLedger(db, CUSTOMERS, INVOICES, '2026-11-30');
  db.transaction(() => {
    writeSetting(db, 'business.name', '鸿运五金建材店');
    writeSetting(db, 'business.phone', '0571-8686 5200');
    writeSetting(db, 'business.signature', '鸿运五金');
  })();
});
line(`seed ${CUSTOMERS} customers / ${INVOICES} invoices`, `${seed.ms.toFixed(0)} ms`);

const first = await timed(() => core.call('plan.run', {}, 'zh-CN'));
if (!first.value.ok) throw new Error(first.value.error.message);
const plan = first.value.value as { messages: { id: number }[]; excluded: unknown[] };
line('plan.run (first: decide, render, check, store)', `${first.ms.toFixed(0)} ms — ${plan.messages.length} messages, ${plan.excluded.length} excluded`);
const again = await timed(() => core.call('plan.run', {}, 'zh-CN'));
line('plan.run again (idempotent, nothing new)', `${again.ms.toFixed(0)} ms`);

const ids = plan.messages.map((m) => m.id);
const approve = await timed(() => approveMessages(db, ids, 'bench', core.clock.now()));
line('approve all (planned → queued, audited)', `${approve.ms.toFixed(0)} ms`);

const sample = ids.length;
for (const fsync of [false, true]) {
  const phone = new DemoConnector({ journalPath: join(dir, `phone-${fsync}.jsonl`), zeroLatency: true, fsync, now: () => core.clock.now() });
  const n = fsync ? Math.min(2000, sample) : sample;
  if (fsync) {
    // A fresh batch for the fsync run: requeue a slice of what was just sent.
    db.prepare(`UPDATE messages SET state = 'queued', provider_id = NULL, sent_at = NULL, delivered_at = NULL WHERE id IN (SELECT id FROM messages ORDER BY id LIMIT ?)`).run(n);
  }
  const run = await timed(() => runQueue({ db, connector: phone, clock: core.clock, until: 'idle' }));
  await phone.close();
  const sent = run.value.touched.length;
  line(`queue through the demo phone, zero latency, fsync ${fsync ? 'on' : 'off'}`, `${sent} messages in ${run.ms.toFixed(0)} ms = ${(run.ms / Math.max(1, sent)).toFixed(3)} ms/message`);
}
line('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
core.close();
rmSync(dir, { recursive: true, force: true });
