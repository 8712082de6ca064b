import { expect, type Page, test } from '@playwright/test';
import { AutopilotCard } from './pages/autopilot-card';
import { QueuePage } from './pages/queue-page';
import { SettingsPage } from './pages/settings-page';
import type { Shell } from './pages/shell';
import { cli } from './support/cli';
import { type DemoShop, openDemoShop } from './support/demo-shop';
import type { WebHostHandle } from './support/host';
import { snap } from './support/screens';

// The daily autopilot, end to end against the real web host (its clock starts at 10:00 Shanghai):
// off by default → its time set to one already passed → turned on (after a warning) → the host's
// worker plans, approves and sends on its next tick → the card says what it did and when it runs next.
test.describe.configure({ mode: 'serial' });

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let autopilot: AutopilotCard;

let shop: DemoShop;

test.beforeAll(async ({ browser }) => {
  shop = await openDemoShop(browser);
  ({ host, page, shell } = shop);
  autopilot = new AutopilotCard(page);
  // 10 sends a second instead of the default 20 a minute, so the queue empties while we watch.
  cli(host.dbPath, 'settings', 'set', 'queue.perMinute', '600');
});

test.afterAll(async () => {
  await shop?.close();
});

test('the autopilot is off by default and has never run', async () => {
  await shell.go('plan');
  await expect(autopilot.card()).toHaveAttribute('data-enabled', 'false');
  await expect(autopilot.switch()).not.toBeChecked();
  await expect(autopilot.state()).toHaveText('已关闭');
  await expect(autopilot.card()).toContainText('没有您的批准，任何短信都不会发出');
  await expect(autopilot.time()).toHaveText('09:00');
  await expect(autopilot.last()).toContainText('从未运行');
  await expect(autopilot.next()).toContainText('未开启');
  await expect(autopilot.hostNote()).toBeHidden(); // the web host runs it
  await snap(page, 'zh-autopilot-off');
  await shell.language('English');
  await expect(autopilot.card()).toContainText('nothing is sent without your approval');
  await expect(autopilot.last()).toContainText('Never');
  await snap(page, 'en-autopilot-off');
  await shell.language('中文');
});

test('turning it on asks first, from the keyboard too; saying no leaves it off', async () => {
  await autopilot.switch().focus();
  await page.keyboard.press('Space');
  await expect(autopilot.confirmDialog()).toContainText('发送前您不会逐条查看');
  await snap(page, 'zh-autopilot-confirm');
  await autopilot.confirmDialog().getByRole('button', { name: '先不开启' }).click();
  await expect(autopilot.confirmDialog()).toBeHidden();
  await expect(autopilot.switch()).not.toBeChecked();
  await expect(autopilot.next()).toContainText('未开启');
  expect(JSON.parse(cli(host.dbPath, 'settings', 'get', 'autopilot.enabled')).settings['autopilot.enabled']).toBe(false);
});

test('the time is set on the Settings page with the other settings', async () => {
  await shell.go('settings');
  const settings = new SettingsPage(page);
  const time = settings.field('每天运行时间');
  await expect(time).toHaveValue('09:00');
  await expect(settings.form().getByLabel(/开启每日自动发送/)).not.toBeChecked();
  await time.fill('9.30');
  await settings.save();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.form().getByRole('alert')).toContainText('时间格式应为 时:分');
  await expect(settings.saved()).toBeHidden();
  await time.fill('09:30'); // already passed at 10:00, so it runs today
  await settings.save();
  await expect(settings.saved()).toBeVisible();
  await page.getByTestId('autopilot-settings').scrollIntoViewIfNeeded();
  await snap(page, 'zh-settings-autopilot');
  await shell.go('plan');
  await expect(autopilot.time()).toHaveText('09:30');
});

test('once on, the running host plans, approves and sends, and the card says what it did', async () => {
  test.setTimeout(120_000);
  await autopilot.switch().click();
  await autopilot.confirmDialog().getByTestId('confirm').click();
  await expect(autopilot.switch()).toBeChecked();
  await expect(autopilot.state()).toHaveText('已开启');
  await expect(autopilot.card()).toContainText('每天 09:30 自动生成计划、批准并在允许的时段内发送');
  // The worker looks every 30 s; the card hears `autopilot.ran` (and polls besides).
  await expect(autopilot.last()).toHaveAttribute('data-kind', 'done', { timeout: 45_000 });
  await expect(autopilot.last()).toContainText('今天 10:0');
  await expect(autopilot.last()).toContainText('计划 15 条，批准 15 条，不发送 15 位客户');
  await expect(autopilot.next()).toHaveText(/明天 09:30/);
  await snap(page, 'zh-autopilot-on');
  await shell.language('English');
  await expect(autopilot.last()).toContainText('planned 15, approved 15, excluded 15');
  await expect(autopilot.next()).toContainText('tomorrow 09:30');
  await snap(page, 'en-autopilot-on');
  await shell.language('中文');
});

test('the queue shows the messages it sent, without anyone approving them', async () => {
  await shell.go('queue');
  const queue = new QueuePage(page);
  await expect(queue.rows()).toHaveCount(15);
  const sentish = page.getByTestId('queue-row').and(page.locator('[data-state="sent"], [data-state="delivered"]'));
  await expect(sentish).toHaveCount(15, { timeout: 30_000 });
  await expect(queue.chip('planned')).toHaveCount(0);
});

test('turning it off needs no confirmation and stops the next run', async () => {
  await shell.go('plan');
  await autopilot.switch().click();
  await expect(autopilot.confirmDialog()).toBeHidden();
  await expect(autopilot.switch()).not.toBeChecked();
  await expect(autopilot.next()).toContainText('未开启');
  await expect(autopilot.last()).toContainText('计划 15 条'); // what it did stays visible
  await shell.go('settings');
  await expect(new SettingsPage(page).form().getByLabel(/开启每日自动发送/)).not.toBeChecked();
});
