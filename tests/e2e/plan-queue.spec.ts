import { expect, type Page, test } from '@playwright/test';
import { LedgerPage } from './pages/ledger-page';
import { PlanPage } from './pages/plan-page';
import { Shell } from './pages/shell';
import { startWebHost, type WebHostHandle } from './support/host';
import { snap } from './support/screens';

// One session: demo data → plan → review → approve and send → the queue. Steps build on each other.
test.describe.configure({ mode: 'serial' });

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let plan: PlanPage;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  shell = new Shell(page);
  plan = new PlanPage(page);
  await shell.open(host.url);
  await new LedgerPage(page).loadDemo();
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('the plan lists today’s messages with their text and the customers left out with reasons', async () => {
  await shell.go('plan');
  await expect(page.getByTestId('plan-date')).toHaveValue('2026-12-03');
  await plan.run();
  await expect(plan.total('messages')).toHaveText('15');
  await expect(plan.total('excluded')).toHaveText('15');
  await expect(plan.messages()).toHaveCount(15);
  await expect(plan.tab('messages')).toContainText('15');
  await expect(plan.message('张伟装修工作室')).toContainText('第一次提醒');
  await expect(plan.message('张伟装修工作室')).toContainText('+8613805712231');
  await expect(plan.message('张伟装修工作室')).toContainText('待批准');
  const row = await plan.expand('张伟装修工作室');
  await expect(row.getByTestId('message-text')).toContainText('【鸿运五金】尊敬的张伟装修工作室');
  await snap(page, 'zh-plan-before');

  await plan.tab('excluded').click();
  await expect(plan.excluded()).toHaveCount(15);
  await expect(plan.reasonChip('not_due')).toContainText('5');
  await plan.reasonChip('opted_out').click();
  await expect(plan.excluded()).toHaveCount(1);
  await expect(plan.excluded().first()).toContainText('何军电器');
  await expect(plan.excluded().first()).toContainText('客户已退订短信');
  await plan.reasonChip('all').click();
  await snap(page, 'zh-plan-excluded');

  await shell.language('English');
  await expect(plan.excluded().filter({ hasText: '何军电器' })).toContainText('The customer opted out of SMS');
  await plan.tab('messages').click();
  await expect(plan.message('张伟装修工作室')).toContainText('First reminder');
  await snap(page, 'en-plan-before');
  await shell.language('中文');
});
