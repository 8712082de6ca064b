import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/host/web/server';
import { BackgroundWorker } from '../../../electron/queue/background';
import { demoJournalPath } from '../../../electron/sms/registry';
import { must, openTestCore } from '../../support/core';
import { startDuebell } from '../../support/spawn';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const NOW = '2026-11-30T10:00:00+08:00';
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function hostWithWorker(dir: string): Promise<{ core: Core; host: WebHost; worker: BackgroundWorker }> {
  const core = await openTestCore(dir, NOW);
  const staticDir = join(dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const worker = new BackgroundWorker(core);
  worker.start();
  const host = await startWebHost({ core, staticDir, port: 0 });
  cleanup.push(async () => {
    await host.close();
    await worker.stop();
    core.close();
  });
  return { core, host, worker };
}

async function api(host: WebHost, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-duebell-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

const journalIds = (core: Core) =>
  readFileSync(demoJournalPath(core.path), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { messageId: number }).messageId);

describe('the web host’s own queue worker', () => {
  it('sends approved messages, then keeps listening so delivery reports arrive', async () => {
    const { core, host } = await hostWithWorker(tmp());
    await must(core, 'demo.load', {});
    const plan = (await api(host, 'plan.run', {})).value as { messages: { id: number }[] };
    await api(host, 'queue.approve', { ids: plan.messages.map((m) => m.id) });
    const work = (await api(host, 'queue.work', {})) as { ok: boolean; value: { summary: Record<string, number> } };
    expect(work.ok).toBe(true);
    expect((work.value.summary.sent ?? 0) + (work.value.summary.delivered ?? 0)).toBe(plan.messages.length);
    // The demo phone reports delivery ~1.5 s after sending; the host's worker is still there to hear it.
    const deadline = Date.now() + 10_000;
    let delivered = 0;
    while (Date.now() < deadline) {
      delivered = (await must(core, 'queue.status', {})).counts.delivered ?? 0;
      if (delivered === plan.messages.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(delivered).toBe(plan.messages.length);
    expect((await must(core, 'autopilot.status', {})).hostRunning).toBe(true);
  });

  it('a CLI send while the web host runs never sends a message twice', async () => {
    const dir = tmp();
    const { core, host } = await hostWithWorker(dir);
    await must(core, 'demo.load', {});
    const plan = await must(core, 'plan.run', {});
    const ids = plan.messages.map((m) => m.id);
    // Both ask to send the same messages at once: the web host (its worker holds the lease) and a CLI.
    const cli = startDuebell(['--db', core.path, '--now', NOW, '--json', 'send'], dir);
    const viaHost = api(host, 'queue.approve', { ids }).then(() => api(host, 'queue.work', {}));
    const [cliDone, hostDone] = await Promise.all([cli.done, viaHost]);
    expect(cliDone.code).toBe(0);
    expect(hostDone.ok).toBe(true);
    const sent = journalIds(core);
    expect(sent.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(sent).size).toBe(sent.length);
  }, 60_000);
});
