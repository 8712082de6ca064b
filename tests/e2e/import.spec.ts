import { expect, type Page, test } from '@playwright/test';
import { ImportPage } from './pages/import-page';
import { Shell } from './pages/shell';
import { startWebHost, type WebHostHandle } from './support/host';

// One host and one page: the accounting export in Chinese, then the GBK CSV in English, then undo.
test.describe.configure({ mode: 'serial' });

const SAMPLES = new URL('../../resources/samples/', import.meta.url);
const sample = (name: string) => new URL(name, SAMPLES).pathname;

let host: WebHostHandle;
let page: Page;
let shell: Shell;
let imp: ImportPage;

/** Full-page screenshots for people to look at (git-ignored), never compared. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `test-results/screenshots/import-${name}.png`, fullPage: true });
}

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  shell = new Shell(page);
  imp = new ImportPage(page);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('zh-CN: the accounting export is previewed with its columns, problems and counts, then committed', async () => {
  await shell.open(host.url);
  await shell.go('import');
  await expect(shell.heading()).toHaveText('导入账本');
  await expect(imp.dropZone()).toContainText('把 Excel / CSV 文件拖到这里');
  await expect(page.getByTestId('import-history')).toContainText('还没有导入过文件');
  await shot('zh-01-choose');

  await imp.choose(sample('ledger-accounting.xlsx'));
  await expect(imp.mapping()).toBeVisible();
  await expect(imp.field('name').locator('option:checked')).toContainText('客户名称');
  await expect(page.getByTestId('sheet-select')).toHaveValue('应收账款');
  await expect(imp.previewRow(4)).toContainText('杭州明远贸易有限公司');
  await expect(imp.previewRow(4)).toContainText('新增');
  await expect(imp.previewRow(19)).toContainText('合计行');
  await expect(imp.count('created')).toHaveText('15');
  await expect(imp.count('skipped')).toHaveText('1');
  await shot('zh-02-mapping-preview');
  await imp.summary().scrollIntoViewIfNeeded();
  await shot('zh-03-summary');

  await imp.commitButton().click();
  await expect(imp.done()).toContainText('导入 #1：新增 15 行');
  await expect(imp.history(1)).toContainText('ledger-accounting.xlsx');
  await shot('zh-04-done');

  await shell.go('ledger');
  await expect(page.getByTestId('total-customers').locator('dd')).toHaveText('14');
});

test('zh-CN: the same file dropped again changes nothing', async () => {
  await shell.go('import');
  await page.getByRole('button', { name: '再导入一个文件' }).click();
  await imp.drop(sample('ledger-accounting.xlsx'), 'ledger-accounting.xlsx');
  await expect(imp.count('unchanged')).toHaveText('15');
  await expect(imp.count('created')).toHaveText('0');
  await expect(imp.summary()).toContainText('没有需要写入的内容');
  await shot('zh-05-reimport');
  await page.getByRole('button', { name: '重新选择文件' }).click();
});

test('en: the GBK CSV, a corrected column and a rejected row, committed, then undone', async () => {
  await shell.language('English');
  await expect(shell.heading()).toHaveText('Import a ledger');
  await imp.choose(sample('ledger-gbk.csv'));
  await expect(imp.mapping()).toContainText('Detected automatically');
  // Row notes follow the language: switching re-previews the same upload.
  await expect(page.getByTestId('warning-list')).toContainText('is a landline');
  await shell.language('中文');
  await expect(page.getByTestId('warning-list')).toContainText('是固定电话');
  await shell.language('English');
  await expect(page.getByTestId('warning-list')).toContainText('is a landline');
  // The CSV holds the same customers without codes: matched by name + mobile, nothing is new.
  await expect(imp.count('read')).toHaveText('8');
  await expect(imp.count('unchanged')).toHaveText('8');
  await shot('en-01-gbk-preview');

  // Taking the due date away flags it as missing and rejects every row until it is mapped again.
  await imp.field('dueDate').selectOption('');
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('map-dueDate')).toContainText('Required column missing');
  await expect(imp.count('rejected')).toHaveText('8');
  await expect(imp.commitButton()).toBeDisabled();
  await expect(imp.previewRow(2)).toContainText('The due date is missing');
  await shot('en-02-missing-column');

  const dueColumn = await imp.field('dueDate').locator('option', { hasText: '到期日期' }).getAttribute('value');
  await imp.field('dueDate').selectOption(dueColumn ?? '');
  await page.getByTestId('apply-mapping').click();
  await expect(imp.mapping()).toContainText('Using your columns');
  await expect(imp.count('rejected')).toHaveText('0');
  await imp.summary().scrollIntoViewIfNeeded();
  await shot('en-03-summary');

  await imp.commitButton().click();
  await expect(imp.done()).toContainText('Import #2: 0 new, 0 updated, 8 unchanged');
  await expect(imp.history(2)).toContainText('ledger-gbk.csv');
  await shot('en-04-done');

  await page.getByTestId('undo-this').click();
  await expect(imp.done()).toContainText('Import #2 was undone');
  await expect(imp.history(2)).toContainText('Undone');
  await shot('en-05-undone');
});
