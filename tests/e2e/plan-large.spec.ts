import { expect, type Page, test } from '@playwright/test';
import { PlanPage } from './pages/plan-page';
import { Shell } from './pages/shell';
import { startWebHost, type WebHostHandle } from './support/host';

// A big shop: 250 overdue customers, added through the public API the page itself uses.
const COUNT = 250;

let host: WebHostHandle;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await new Shell(page).open(host.url);
  const failures = await page.evaluate(async (count) => {
    const token = sessionStorage.getItem('duebell.token') ?? '';
    const call = async (method: string, input: unknown) => {
      const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Duebell-Token': token }, body: JSON.stringify(input) });
      return (await r.json()) as { ok: boolean; value?: { customer: { id: number } } };
    };
    let failed = 0;
    // The templates need the shop's name and phone; without them every customer is left out.
    for (const [key, value] of [['business.name', '大店五金'], ['business.phone', '0571-88886666']]) {
      if (!(await call('settings.set', { key, value })).ok) failed++;
    }
    for (let i = 0; i < count; i++) {
      const c = await call('customers.add', { name: `客户${String(i).padStart(3, '0')}`, mobile: `1380000${String(i).padStart(4, '0')}` });
      if (!c.ok || !c.value) {
        failed++;
        continue;
      }
      const inv = await call('invoices.add', { customerId: c.value.customer.id, reference: `INV-${i}`, dueDate: '2026-11-20', amountCents: 10_000 + i });
      if (!inv.ok) failed++;
    }
    return failed;
  }, COUNT);
  expect(failures).toBe(0);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('a plan longer than 200 messages renders only the rows on screen and still scrolls to the end', async () => {
  const shell = new Shell(page);
  const plan = new PlanPage(page);
  await shell.go('plan');
  await plan.run();
  await expect(plan.total('messages')).toHaveText(String(COUNT));
  const list = page.getByTestId('plan-messages');
  await expect(list).toHaveAttribute('data-virtual', 'true');
  const rendered = await plan.messages().count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(60);
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(plan.message('客户249')).toBeVisible();
});
