import type { Locator, Page } from '@playwright/test';

/** The send queue screen: state chips, the list, one message's details, the queue's controls. */
export class QueuePage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('queue-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.locator('.customer-name', { hasText: name }) });
  }

  chip(state: string): Locator {
    return this.page.getByTestId('state-chips').locator(`[data-state="${state}"]`);
  }

  async open(name: string): Promise<Locator> {
    await this.row(name).locator('.row-head').click();
    const detail = this.page.getByTestId('queue-detail');
    await detail.waitFor();
    return detail;
  }

  events(): Locator {
    return this.page.getByTestId('message-events').locator('li');
  }

  button(id: 'queue-pause' | 'queue-resume' | 'queue-work' | 'queue-cancel-all' | 'cancel-selected'): Locator {
    return this.page.getByTestId(id);
  }

  pausedBanner(): Locator {
    return this.page.getByTestId('paused-banner');
  }
}
