import type { Locator, Page } from '@playwright/test';

/** The daily autopilot card on the Plan screen. */
export class AutopilotCard {
  constructor(readonly page: Page) {}

  card(): Locator {
    return this.page.getByTestId('autopilot-card');
  }

  switch(): Locator {
    return this.page.getByRole('switch');
  }

  state(): Locator {
    return this.page.getByTestId('autopilot-state');
  }

  time(): Locator {
    return this.page.getByTestId('autopilot-time');
  }

  last(): Locator {
    return this.page.getByTestId('autopilot-last');
  }

  next(): Locator {
    return this.page.getByTestId('autopilot-next');
  }

  hostNote(): Locator {
    return this.page.getByTestId('autopilot-host');
  }

  confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }
}
