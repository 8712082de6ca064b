import { expect, type Page, test } from '@playwright/test';
import { startWebHost, type WebHostHandle } from './support/host';
import { LedgerPage } from './pages/ledger-page';
import { Shell } from './pages/shell';

// One host and one page for the whole file: the steps build on each other like a first session.
test.describe.configure({ mode: 'serial' });

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let ledger: LedgerPage;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  shell = new Shell(page);
  ledger = new LedgerPage(page);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('first start explains the next steps, takes the token out of the URL, and loads the demo shop', async () => {
  await shell.open(host.url);
  expect(page.url()).not.toContain('token=');
  await expect(ledger.emptyState()).toContainText('载入示例数据');
  await expect(ledger.emptyState().getByRole('link', { name: '导入账本' })).toHaveAttribute('href', '#/import');
  await ledger.loadDemo();
  await expect(ledger.total('customers')).toHaveText('30');
  await expect(ledger.row('孙涛物业')).toContainText('30,000.00元');
  await expect(page.getByTestId('list-count')).toContainText('30 / 30');
  // The demo shop's details reach the settings too.
  await shell.go('settings');
  await expect(page.getByTestId('settings-form').locator('input').first()).toHaveValue('鸿运五金建材店');
  await shell.go('ledger');
  await expect(ledger.rows().first()).toBeVisible();
});

test('search and filter chips narrow the list', async () => {
  await ledger.search('孙涛');
  await expect(ledger.rows()).toHaveCount(1);
  await ledger.search('');
  await expect(ledger.rows().first()).toBeVisible();
  await ledger.chip(3); // paid
  for (const text of await ledger.rows().allTextContents()) expect(text).toContain('已结清');
  await ledger.chip(5); // unreachable
  await expect(ledger.rows().first()).toContainText('无法联系');
  await ledger.chip(0);
  await expect(page.getByTestId('list-count')).toContainText('30 / 30');
});

test('adding a customer refuses a landline with the server’s reason, then accepts a mobile', async () => {
  await ledger.addCustomerButton().click();
  const form = ledger.form('customer-form');
  await ledger.input(form, 0).fill('测试五金店');
  await ledger.input(form, 1).fill('0571-88886666');
  await form.locator('button[type=submit]').click();
  await expect(form).toContainText('是固定电话，收不到短信');
  await ledger.input(form, 1).fill('13812345678');
  await ledger.input(form, 1).press('Enter');
  await expect(form).toBeHidden();
  await expect(ledger.total('customers')).toHaveText('31');
  await ledger.search('测试五金');
  await expect(ledger.row('测试五金店')).toContainText('13812345678');
  await ledger.search('');
});

test('an invoice typed as 1234.50 is stored to the cent', async () => {
  await ledger.search('测试五金');
  const row = await ledger.expand('测试五金店');
  await row.getByRole('button', { name: '新增单据' }).click();
  const form = ledger.form('invoice-form');
  await ledger.input(form, 0).fill('INV-E2E-1');
  await ledger.input(form, 2).fill('2026-12-31');
  await ledger.input(form, 3).fill('12.345');
  await form.locator('button[type=submit]').click();
  await expect(form).toContainText('最多两位小数');
  await ledger.input(form, 3).fill('1234.50');
  await ledger.input(form, 3).press('Enter');
  await expect(form).toBeHidden();
  await expect(row.getByTestId('customer-detail')).toContainText('INV-E2E-1');
  await expect(row.locator('.row-head')).toContainText('1,234.50元');
  await ledger.search('');
});

test('recording a payment lowers the customer’s balance and the totals', async () => {
  await expect(ledger.total('balance')).toHaveText('121,244.00元');
  const row = await ledger.expand('孙涛物业');
  await row.getByRole('button', { name: '登记收款' }).click();
  const form = ledger.form('payment-form');
  await ledger.input(form, 0).fill('1000');
  await ledger.input(form, 0).press('Enter');
  await expect(form).toBeHidden();
  await expect(row.locator('.row-head')).toContainText('29,000.00元');
  await expect(ledger.total('balance')).toHaveText('120,244.00元');
  await expect(row.getByTestId('customer-detail')).toContainText('1,000.00元');
});

test('Escape closes a dialog', async () => {
  await ledger.addCustomerButton().click();
  await expect(shell.dialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shell.dialog()).toHaveCount(0);
});

test('switching to English changes the labels and money format, and is remembered', async () => {
  await shell.language('English');
  await expect(shell.navLink('ledger')).toHaveText('Ledger');
  await expect(shell.navLink('settings')).toHaveText('Settings');
  await expect(shell.heading()).toHaveText('Ledger');
  await expect(ledger.total('balance')).toHaveText('CN¥120,244.00');
  await page.reload();
  await expect(shell.navLink('plan')).toHaveText('Plan');
  // Server errors now arrive in English too.
  await ledger.addCustomerButton().click();
  const form = ledger.form('customer-form');
  await ledger.input(form, 0).fill('Landline Ltd');
  await ledger.input(form, 1).fill('0571-88886666');
  await ledger.input(form, 1).press('Enter');
  await expect(form).toContainText('is a landline and cannot receive SMS');
  await page.keyboard.press('Escape');
  await shell.language('中文');
  await expect(shell.navLink('ledger')).toHaveText('账本');
});
