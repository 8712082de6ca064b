import type { Locator, Page } from '@playwright/test';

/** The template editor: picker, the underlined textarea, hints, counter, preview, history. */
export class TemplatesPage {
  constructor(readonly page: Page) {}

  editor(): Locator {
    return this.page.locator('#tpl-body');
  }

  /** Replaces the whole text by typing it, as a person would (every keystroke runs the checks). */
  async typeText(text: string): Promise<void> {
    await this.editor().click();
    await this.editor().press('ControlOrMeta+a');
    await this.editor().press('Delete');
    await this.editor().pressSequentially(text);
  }

  marks(severity: 'block' | 'warn' | 'info'): Locator {
    return this.page.locator(`[data-testid=tpl-mirror] .tpl-mark.${severity}`);
  }

  hintGroup(severity: 'block' | 'warn' | 'info'): Locator {
    return this.page.locator(`[data-testid=tpl-hints] .tpl-hint-group[data-severity=${severity}]`);
  }

  hint(rule: string): Locator {
    return this.page.locator(`[data-testid=tpl-hints] .tpl-hint[data-rule="${rule}"]`);
  }

  stage(index: number): Locator {
    return this.page.locator('.tpl-picker fieldset').first().locator('button').nth(index);
  }

  saveButton(): Locator {
    return this.page.locator('.tpl-edit .form-actions .button.primary');
  }

  status(): Locator {
    return this.page.locator('.tpl-edit [role=status]');
  }

  previewText(): Locator {
    return this.page.getByTestId('tpl-preview-text');
  }

  parts(): Locator {
    return this.page.getByTestId('tpl-parts');
  }

  history(): Locator {
    return this.page.getByTestId('tpl-history');
  }
}
