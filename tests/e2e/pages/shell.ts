import type { Locator, Page } from '@playwright/test';

export type NavKey = 'ledger' | 'import' | 'templates' | 'plan' | 'queue' | 'inbox' | 'reports' | 'settings';

/** The frame around every screen: header, language switch, ledger switcher, navigation. */
export class Shell {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('nav').waitFor();
  }

  navLink(key: NavKey): Locator {
    return this.page.locator(`nav a[href="#/${key}"]`);
  }

  async go(key: NavKey): Promise<void> {
    await this.navLink(key).click();
    await this.page.waitForURL(new RegExp(`#/${key}$`));
  }

  async language(label: '中文' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  heading(): Locator {
    return this.page.locator('h1');
  }

  ledgerSwitcher(): Locator {
    return this.page.locator('.ledger-switch');
  }

  dialog(): Locator {
    return this.page.locator('dialog[open]');
  }
}
