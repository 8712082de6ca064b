import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByTestId('settings-form');
  }

  field(label: string | RegExp): Locator {
    return this.form().getByLabel(label, { exact: typeof label === 'string' });
  }

  async save(): Promise<void> {
    await this.form().locator('button[type=submit]').click();
  }

  saved(): Locator {
    return this.form().getByRole('status');
  }
}
