import type { Locator, Page } from '@playwright/test';

/** The import screen: file picker, mapping, preview table, summary, done, history. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async choose(path: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(path);
  }

  dropZone(): Locator {
    return this.page.getByTestId('drop-zone');
  }

  mapping(): Locator {
    return this.page.getByTestId('mapping-step');
  }

  field(name: string): Locator {
    return this.page.getByTestId(`map-${name}`).locator('select');
  }

  table(): Locator {
    return this.page.getByTestId('preview-table');
  }

  previewRow(row: number): Locator {
    return this.page.getByTestId(`preview-row-${row}`);
  }

  count(key: 'read' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'rejected'): Locator {
    return this.page.getByTestId(`count-${key}`).locator('dd');
  }

  summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  commitButton(): Locator {
    return this.page.getByTestId('commit');
  }

  done(): Locator {
    return this.page.getByTestId('import-done');
  }

  history(id: number): Locator {
    return this.page.getByTestId(`history-${id}`);
  }
}
