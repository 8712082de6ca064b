import type { Page } from '@playwright/test';

/** Screenshots for people to look at (git-ignored), never compared by the tests. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}
