import { expect, type Page, test } from '@playwright/test';
import { startWebHost, type WebHostHandle } from './support/host';
import { snap } from './support/screens';
import { LedgerPage } from './pages/ledger-page';
import { type NavKey, Shell } from './pages/shell';

// Every screen and dialog in both languages at 1280×800, for a person to look at.
test.describe.configure({ mode: 'serial' });

const PAGES: NavKey[] = ['ledger', 'import', 'templates', 'plan', 'queue', 'inbox', 'reports', 'settings'];
const LANGS = [
  { code: 'zh', label: '中文', heading: { ledger: '账本', settings: '设置', plan: '发送计划' } },
  { code: 'en', label: 'English', heading: { ledger: 'Ledger', settings: 'Settings', plan: 'Plan' } },
] as const;

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let ledger: LedgerPage;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  shell = new Shell(page);
  ledger = new LedgerPage(page);
  await shell.open(host.url);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('first start, both languages', async () => {
  for (const lang of LANGS) {
    await shell.language(lang.label);
    await expect(ledger.emptyState()).toBeVisible();
    await snap(page, `${lang.code}-first-start`);
  }
  await shell.language('中文');
  await ledger.loadDemo();
});

for (const lang of LANGS) {
  test(`every page and dialog in ${lang.code}`, async () => {
    await shell.language(lang.label);
    for (const key of PAGES) {
      await shell.go(key);
      await expect(shell.heading()).toBeVisible();
      await snap(page, `${lang.code}-page-${key}`);
    }
    await shell.go('ledger');
    await expect(shell.heading()).toHaveText(lang.heading.ledger);

    const row = await ledger.expand('孙涛物业');
    await snap(page, `${lang.code}-ledger-expanded`);

    await row.locator('.detail-actions button').nth(0).click();
    await expect(shell.dialog()).toBeVisible();
    await snap(page, `${lang.code}-dialog-edit-customer`);
    await page.keyboard.press('Escape');

    await row.locator('.detail-actions button').nth(1).click();
    await ledger.form('invoice-form').locator('button[type=submit]').click();
    await snap(page, `${lang.code}-dialog-invoice-errors`);
    await page.keyboard.press('Escape');

    await row.locator('.detail-actions button').nth(2).click();
    await expect(ledger.form('payment-form')).toBeVisible();
    await snap(page, `${lang.code}-dialog-payment`);
    await page.keyboard.press('Escape');
    await row.locator('.row-head').click(); // collapse again

    await ledger.addCustomerButton().click();
    const form = ledger.form('customer-form');
    await ledger.input(form, 0).fill('测试');
    await ledger.input(form, 1).fill('0571-88886666');
    await ledger.input(form, 1).press('Enter');
    await expect(form.locator('.field-error')).toBeVisible();
    await snap(page, `${lang.code}-dialog-add-customer-landline`);
    await page.keyboard.press('Escape');

    await shell.ledgerSwitcher().click();
    await expect(shell.dialog()).toBeVisible();
    await snap(page, `${lang.code}-dialog-ledgers`);
    await page.keyboard.press('Escape');

    await ledger.chip(5);
    await snap(page, `${lang.code}-ledger-unreachable`);
    await ledger.chip(0);

    await shell.go('settings');
    await page.getByTestId('settings-form').locator('button[type=submit]').click();
    await expect(page.getByTestId('settings-form').getByRole('status')).toBeVisible();
    await snap(page, `${lang.code}-settings-saved`);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await shell.go('ledger');
    await expect(ledger.rows().first()).toBeVisible();
    await snap(page, `${lang.code}-ledger-1920x1080`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
}
