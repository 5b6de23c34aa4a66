import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** The settings screen. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' });
  }

  region(name: 'Your details' | 'Display' | 'PIN' | 'Sending your records' | 'Delete this profile') {
    return this.page.getByRole('region', { name });
  }

  /** Opens settings from the header. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Profile' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Opens settings by address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, '#/settings');
    await expect(this.heading).toBeVisible();
  }

  /** A fact of the "Sending your records" list, such as "Waiting to be sent". */
  recordSyncFact(label: 'Waiting to be sent' | 'Last sent' | 'Last problem' | 'Held back for clinic IT') {
    return this.region('Sending your records').locator('.facts div').filter({ hasText: label }).locator('dd');
  }

  /** Chooses a theme and waits until it is saved. */
  async chooseTheme(label: 'Light' | 'Dark' | 'Same as this computer'): Promise<void> {
    await this.region('Display').getByLabel(label, { exact: true }).check();
    await expect(this.region('Display').getByRole('status')).toHaveText('Saved.');
  }

  /** Chooses a text size and waits until it is saved. */
  async chooseTextSize(label: 'Small' | 'Medium' | 'Large' | 'Extra large'): Promise<void> {
    await this.region('Display').getByLabel(label, { exact: true }).check();
    await expect(this.region('Display').getByRole('status')).toHaveText('Saved.');
  }
}
