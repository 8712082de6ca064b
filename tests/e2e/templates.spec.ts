import { expect, type Page, test } from '@playwright/test';
import { LedgerPage } from './pages/ledger-page';
import { Shell } from './pages/shell';
import { TemplatesPage } from './pages/templates-page';
import { startWebHost, type WebHostHandle } from './support/host';
import { snap } from './support/screens';

test.describe.configure({ mode: 'serial' });

const THREAT = '再不还钱就把你拉进黑名单，通知你家人';

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let editor: TemplatesPage;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  shell = new Shell(page);
  editor = new TemplatesPage(page);
  await shell.open(host.url);
  await shell.language('中文');
  await new LedgerPage(page).loadDemo();
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('opens the first reminder with the default text, a preview for a real overdue customer, and the counter', async () => {
  await shell.go('templates');
  await expect(shell.heading()).toHaveText('短信模板');
  await expect(editor.editor()).toHaveValue(/尊敬的\{\{customer\.name\}\}/);
  await expect(editor.previewText()).toContainText('【');
  await expect(editor.previewText()).not.toContainText('{{');
  await expect(editor.parts()).toHaveText(/^\d+$/);
  await expect(page.getByTestId('tpl-hints')).toContainText('没有发现问题');
  await snap(page, 'zh-templates-default');
  await page.getByTestId('tpl-preview').scrollIntoViewIfNeeded();
  await snap(page, 'zh-templates-preview');
});

test('a threatening sentence is underlined as it is typed, with the CN-07 and CN-08 block hints', async () => {
  await editor.typeText(THREAT);
  await expect(editor.marks('block')).toHaveCount(2);
  await expect(editor.marks('block').first()).toHaveText('黑名单');
  await expect(editor.marks('block').nth(1)).toHaveText('通知你家人');
  await expect(editor.hintGroup('block')).toBeVisible();
  await expect(editor.hint('CN-07')).toContainText('黑名单');
  await expect(editor.hint('CN-08')).toContainText('通知你家人');
  // The wavy red underline is really drawn (not just a class name).
  const style = await editor.marks('block').first().evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(style).toBe('wavy');
  await snap(page, 'zh-templates-threat');

  // Clicking a hint selects its words in the textarea.
  await editor.hint('CN-08').click();
  const selected = await editor.editor().evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('通知你家人');
});

test('the same screen in English', async () => {
  await shell.language('English');
  await expect(shell.heading()).toHaveText('Message templates');
  await expect(editor.hint('CN-08')).toContainText('no threat to publish');
  await snap(page, 'en-templates-threat');
  await page.getByTestId('tpl-preview').scrollIntoViewIfNeeded();
  await snap(page, 'en-templates-preview');
  await shell.language('中文');
});

test('saving makes a new version; reset brings the default back as another one', async () => {
  await editor.saveButton().click();
  await expect(editor.status()).toContainText('第 2 版');
  await page.locator('.tpl-edit .form-actions .button').nth(1).click();
  await expect(editor.status()).toContainText('第 3 版');
  await expect(editor.editor()).toHaveValue(/尊敬的/);
  await editor.history().locator('summary').click();
  await expect(editor.history().locator('li')).toHaveCount(3);
  await snap(page, 'zh-templates-history');
});

test('an English template in English, with the insert menu open', async () => {
  await shell.language('English');
  await page.locator('.tpl-picker fieldset').nth(1).locator('button').nth(1).click();
  await expect(editor.editor()).toHaveValue(/^Hello \{\{customer\.name\}\}/);
  await page.locator('.tpl-menu > .button').click();
  await expect(page.locator('.tpl-menu-list')).toBeVisible();
  await snap(page, 'en-templates-insert-menu');
  await page.locator('.tpl-menu-list [data-placeholder="invoice_refs"]').click();
  await expect(editor.editor()).toHaveValue(/\{\{invoice_refs\}\}/);
  await shell.language('中文');
});
