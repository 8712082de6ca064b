import { expect, type Page, test } from '@playwright/test';
import { PlanPage } from './pages/plan-page';
import { QueuePage } from './pages/queue-page';
import type { Shell } from './pages/shell';
import { cli } from './support/cli';
import { leaveInFlight } from './support/crash';
import { type DemoShop, openDemoShop } from './support/demo-shop';
import type { WebHostHandle } from './support/host';
import { snap } from './support/screens';

// One session: demo data → plan → review → approve and send → the queue. Steps build on each other.
test.describe.configure({ mode: 'serial' });

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let plan: PlanPage;
let queue: QueuePage;

let shop: DemoShop;

test.beforeAll(async ({ browser }) => {
  shop = await openDemoShop(browser);
  ({ host, page, shell } = shop);
  plan = new PlanPage(page);
  queue = new QueuePage(page);
  // 10 sends a second instead of the default 20 a minute: the bar still moves, the test stays short.
  cli(host.dbPath, 'settings', 'set', 'queue.perMinute', '600');
});

test.afterAll(async () => {
  await shop?.close();
});

test('the plan lists today’s messages with their text and the customers left out with reasons', async () => {
  await shell.go('plan');
  await expect(page.getByTestId('plan-date')).toHaveValue('2026-12-03');
  await expect(plan.simulatedBanner()).toContainText('模拟发送——短信不会离开这台电脑');
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

test('unticked messages are not approved; approve and send shows progress, then the outcome', async () => {
  await plan.checkbox('李娜').uncheck();
  await expect(plan.selection()).toContainText('14 / 15');
  await plan.approveAndSend().click();
  await expect(plan.progress()).toBeVisible();
  await expect(plan.summary()).toBeVisible({ timeout: 30_000 });
  await expect(plan.progress()).toHaveAttribute('aria-valuenow', '14');
  // The demo phone reports delivery 1.5 s after a send, so the early ones may be delivered already.
  expect(await plan.summaryCount('sent', 'delivered')).toBe(14);
  expect(await plan.summaryCount('failed', 'uncertain', 'queued')).toBe(0);
  await expect(plan.message('李娜')).toContainText('待批准');
  await expect(plan.message('张伟装修工作室')).not.toContainText('待批准');
  await snap(page, 'zh-plan-after');
  await shell.language('English');
  await expect(plan.summary()).toContainText(/Sent|Delivered/);
  await snap(page, 'en-plan-after');
  await shell.language('中文');
});

test('the queue lists what was sent, with one message’s text and history', async () => {
  await shell.go('queue');
  await expect(queue.rows()).toHaveCount(15);
  await expect(queue.chip('planned')).toContainText('1');
  const sentish = page.getByTestId('queue-row').and(page.locator('[data-state="sent"], [data-state="delivered"]'));
  await expect(sentish).toHaveCount(14);
  // The web host's own worker keeps the demo phone listening, so every delivery report arrives.
  await expect(page.getByTestId('queue-row').and(page.locator('[data-state="delivered"]'))).toHaveCount(14, { timeout: 15_000 });
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await snap(page, 'zh-queue-list');
  const detail = await queue.open('张伟装修工作室');
  await expect(detail).toContainText('【鸿运五金】尊敬的张伟装修工作室');
  await expect(queue.events().first()).toBeVisible();
  expect(await queue.events().count()).toBeGreaterThanOrEqual(3); // planned → queued → sending → sent
  await snap(page, 'zh-queue-detail');
  await page.keyboard.press('Escape');

  await shell.language('English');
  await expect(queue.chip('all')).toContainText('All');
  await snap(page, 'en-queue-list');
  await queue.open('张伟装修工作室');
  await snap(page, 'en-queue-detail');
  await page.keyboard.press('Escape');
  await shell.language('中文');
});

test('pause and resume; a message still waiting for approval can be cancelled', async () => {
  await queue.button('queue-pause').click();
  await expect(queue.pausedBanner()).toBeVisible();
  await queue.button('queue-resume').click();
  await expect(queue.pausedBanner()).toBeHidden();
  const detail = await queue.open('李娜');
  await detail.getByTestId('cancel-one').click();
  await expect(detail).toContainText('已取消');
  await page.keyboard.press('Escape');
  await expect(queue.row('李娜')).toContainText('已取消');
});

test('a send interrupted by a crash becomes uncertain, and a person decides knowing the risk', async () => {
  leaveInFlight(host.dbPath, '王强水电安装');
  await shell.go('plan');
  await shell.go('queue'); // the page reloads the queue when it opens
  await queue.button('queue-work').click();
  await expect(page.getByTestId('uncertain-banner')).toBeVisible();
  await expect(queue.row('王强水电安装')).toContainText('状态不明');
  await snap(page, 'zh-queue-uncertain');

  const detail = await queue.open('王强水电安装');
  await expect(detail.getByTestId('resolve-uncertain')).toBeVisible();
  await detail.getByTestId('send-again').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('两条相同的催款短信');
  await snap(page, 'zh-queue-send-again-confirm');
  await confirm.getByRole('button', { name: '先不处理' }).click();
  await expect(confirm).toBeHidden();
  await expect(detail).toContainText('状态不明'); // nothing happened

  await detail.getByTestId('mark-sent').click();
  await expect(confirm).toContainText('电话核实');
  await confirm.getByTestId('confirm').click();
  await expect(detail.getByTestId('resolve-uncertain')).toBeHidden();
  await expect(detail.locator('[data-fact="state"]')).toContainText('已发送');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('uncertain-banner')).toBeHidden();
});
