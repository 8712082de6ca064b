import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** The import screen: file picker, mapping, preview table, summary, done, history. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async choose(path: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(path);
  }

  /** Drops a file on the drop zone, as a drag from the file manager would. */
  async drop(path: string, name: string): Promise<void> {
    const b64 = readFileSync(path).toString('base64');
    const transfer = await this.page.evaluateHandle(
      ({ name, b64 }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        return dt;
      },
      { name, b64 },
    );
    await this.dropZone().dispatchEvent('drop', { dataTransfer: transfer });
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
