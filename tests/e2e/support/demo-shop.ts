import type { Browser, Page } from '@playwright/test';
import { LedgerPage } from '../pages/ledger-page';
import { Shell } from '../pages/shell';
import { startWebHost, type WebHostHandle } from './host';

export interface DemoShop {
  host: WebHostHandle;
  page: Page;
  shell: Shell;
  close(): Promise<void>;
}

/** A fresh web host with the demo shop loaded through the UI, in a 1280×800 zh-CN page. */
export async function openDemoShop(browser: Browser): Promise<DemoShop> {
  const host = await startWebHost();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const shell = new Shell(page);
  await shell.open(host.url);
  await new LedgerPage(page).loadDemo();
  return {
    host,
    page,
    shell,
    close: async () => {
      await page.close();
      await host.stop();
    },
  };
}
