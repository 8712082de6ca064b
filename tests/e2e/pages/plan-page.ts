import type { Locator, Page } from '@playwright/test';

/** The Plan screen: date, plan button, the two lists, approve and the send progress. */
export class PlanPage {
  constructor(readonly page: Page) {}

  async run(): Promise<void> {
    await this.page.getByTestId('plan-run').click();
    await this.page.getByTestId('plan-total-messages').waitFor();
  }

  total(key: 'messages' | 'amount' | 'parts' | 'excluded'): Locator {
    return this.page.getByTestId(`plan-total-${key}`).locator('dd');
  }

  tab(key: 'messages' | 'excluded'): Locator {
    return this.page.getByTestId(`tab-${key}`);
  }

  messages(): Locator {
    return this.page.getByTestId('plan-message');
  }

  message(name: string): Locator {
    return this.messages().filter({ has: this.page.locator('.customer-name', { hasText: name }) });
  }

  async expand(name: string): Promise<Locator> {
    const row = this.message(name);
    await row.locator('.row-head').click();
    await row.getByTestId('message-detail').waitFor();
    return row;
  }

  checkbox(name: string): Locator {
    return this.message(name).locator('input[type=checkbox]');
  }

  excluded(): Locator {
    return this.page.getByTestId('excluded-row');
  }

  reasonChip(reason: string): Locator {
    return this.page.getByTestId('reason-chips').locator(`[data-reason="${reason}"]`);
  }

  selection(): Locator {
    return this.page.getByTestId('selection-count');
  }

  approveAndSend(): Locator {
    return this.page.getByTestId('approve-send');
  }

  progress(): Locator {
    return this.page.getByTestId('send-progress');
  }

  summary(): Locator {
    return this.page.getByTestId('send-summary');
  }

  /** How many of the run's messages ended in the given states, from the summary line. */
  async summaryCount(...states: string[]): Promise<number> {
    let n = 0;
    for (const s of states) {
      const item = this.summary().locator(`.summary-item[data-state="${s}"]`);
      if ((await item.count()) > 0) n += Number(await item.getAttribute('data-count'));
    }
    return n;
  }

  simulatedBanner(): Locator {
    return this.page.getByTestId('simulated-banner');
  }
}
