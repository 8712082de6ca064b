import type { Locator, Page } from '@playwright/test';

/** The ledger screen: summary cards, search and chips, the virtualised list, its dialogs. */
export class LedgerPage {
  constructor(readonly page: Page) {}

  emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }

  async loadDemo(): Promise<void> {
    await this.emptyState().getByRole('button').first().click();
    await this.rows().first().waitFor();
  }

  total(key: 'customers' | 'balance' | 'overdue' | 'overdueCustomers'): Locator {
    return this.page.getByTestId(`total-${key}`).locator('dd');
  }

  rows(): Locator {
    return this.page.getByTestId('customer-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.locator('.customer-name', { hasText: name }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async chip(index: number): Promise<void> {
    await this.page.locator('.chips .chip').nth(index).click();
  }

  async expand(name: string): Promise<Locator> {
    const row = this.row(name);
    await row.locator('.row-head').click();
    await row.getByTestId('customer-detail').waitFor();
    return row;
  }

  addCustomerButton(): Locator {
    return this.page.locator('.page-head .button.primary');
  }

  form(testId: 'customer-form' | 'invoice-form' | 'payment-form'): Locator {
    return this.page.getByTestId(testId);
  }

  /** Fills the nth text input of a dialog form (labels are translated, order is not). */
  input(form: Locator, index: number): Locator {
    return form.locator('input:not([type=checkbox])').nth(index);
  }
}
