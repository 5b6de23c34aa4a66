import { expect, type Download, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** A course's certificate screen: what is missing, issuing, and the certificate with its files. */
export class CertificatePage {
  constructor(
    private readonly page: Page,
    readonly courseId: string,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Your certificate' });
  }

  get missing() {
    return this.page.getByRole('region', { name: 'Not yet: what is missing' });
  }

  get summary() {
    return this.page.locator('section.certificate-summary');
  }

  /** The value shown for one fact of the summary ("Verification code", "Hours claimed", ...). */
  fact(label: string) {
    return this.summary
      .locator('div')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  /** Opens the screen by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, `#/course/${this.courseId}/certificate`);
    await expect(this.heading).toBeVisible();
  }

  /** Issues the certificate and waits for its summary. */
  async issue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Issue my certificate' }).click();
    await expect(this.summary).toBeVisible();
  }

  /** Clicks a download button and returns the download. */
  async download(button: 'Save PDF' | 'Save credential.json'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  /** Corrects the name on the certificate and waits for the corrected one. */
  async correctName(name: string): Promise<void> {
    await this.page.getByText('Correct my name').click();
    await this.page.getByLabel('Name as it should be printed').fill(name);
    await this.page.getByRole('button', { name: 'Issue the corrected certificate' }).click();
    await expect(this.page.getByText(/A corrected certificate was issued/)).toBeVisible();
  }
}
