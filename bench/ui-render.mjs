// Seeds a temp ledger with 20,000 customers / 100,000 invoices, serves it, and prints how long the
// ledger page takes to show its first row, plus the web host's customers.list latency. Run after
// `node scripts/build.mjs`. Prints figures only; no assertions on times.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';

const CUSTOMERS = 20_000;
const INVOICES_PER_CUSTOMER = 5;
const dir = mkdtempSync(join(tmpdir(), 'duebell-bench-ui-'));
const dbPath = join(dir, 'bench.db');
const env = { ...process.env, DUEBELL_HOME: join(dir, 'home') };

// The CLI creates the schema (all migrations); rows then go in directly, in one transaction.
const init = spawnSync(process.execPath, ['bin/duebell.js', '--db', dbPath, 'settings', 'list'], { env, encoding: 'utf8' });
if (init.status !== 0) throw new Error(`schema setup failed: ${init.stderr}`);

const seedStart = performance.now();
const db = new Database(dbPath);
const now = new Date().toISOString();
const iso = (daysFromToday) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const addCustomer = db.prepare(
  'INSERT INTO customers (code, name, mobile, phone_raw, unreachable_reason, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
);
const addInvoice = db.prepare(
  `INSERT INTO invoices (customer_id, reference, issue_date, due_date, amount_cents, paid_cents, currency, status, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?)`,
);
db.transaction(() => {
  for (let c = 1; c <= CUSTOMERS; c++) {
    const mobile = c % 50 === 0 ? null : `+86138${String(c).padStart(8, '0')}`;
    const { lastInsertRowid } = addCustomer.run(`B${c}`, `客户${c}号商行`, mobile, mobile?.slice(3) ?? null, mobile ? null : 'missing', `客户${c}号商行`, now, now);
    for (let i = 0; i < INVOICES_PER_CUSTOMER; i++) {
      const due = ((c * 7 + i * 13) % 200) - 100;
      const amount = 10_000 + ((c * 31 + i * 17) % 500) * 100;
      const paid = (c + i) % 4 === 0 ? amount : 0;
      addInvoice.run(lastInsertRowid, `B${c}-${i}`, iso(due - 30), iso(due), amount, paid, paid === amount ? 'paid' : 'open', now, now);
    }
  }
})();
db.close();
const seedMs = performance.now() - seedStart;

const host = spawn(process.execPath, ['bin/duebell.js', '--db', dbPath, '--json', 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const line = await new Promise((resolve) => createInterface({ input: host.stdout }).once('line', resolve));
const { url, port } = JSON.parse(line);
const token = new URL(url).hash.replace('#token=', '');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByTestId('customer-row').first().waitFor({ timeout: 120_000 });
  const firstRowMs = await page.evaluate(() => performance.now()); // ms since navigation start
  const rendered = await page.getByTestId('customer-row').count();

  // Scroll the virtualised list to its end and back, counting animation frames on the way.
  const scroll = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid="customer-list"]');
    const start = performance.now();
    let frames = 0;
    for (let y = 0; y <= el.scrollHeight; y += 2_000) {
      el.scrollTop = y;
      await new Promise((r) => requestAnimationFrame(() => r()));
      frames++;
    }
    return { frames, ms: performance.now() - start };
  });

  const latencies = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/customers.list`, {
      method: 'POST',
      headers: { 'X-Duebell-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ limit: 50 }),
    });
    await res.json();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];

  console.log(`ledger: ${CUSTOMERS} customers, ${CUSTOMERS * INVOICES_PER_CUSTOMER} invoices (seeded in ${seedMs.toFixed(0)} ms)`);
  console.log(`first render (navigation start → first row visible): ${firstRowMs.toFixed(0)} ms; rows in the DOM: ${rendered}`);
  console.log(`scroll to the end: ${scroll.frames} frames in ${scroll.ms.toFixed(0)} ms (${(scroll.ms / scroll.frames).toFixed(1)} ms/frame)`);
  console.log(`customers.list {limit: 50} over HTTP, 200 calls: p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms`);
} finally {
  await browser.close();
  host.kill('SIGTERM');
  await new Promise((r) => host.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
