import { expect, type Download, type Page } from '@playwright/test';

/** The transcript: certificates, downloads of records, and importing records. */
export class TranscriptPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Transcript' });
  }

  get rows() {
    return this.page.getByRole('table', { name: 'Your certificates' }).locator('tbody tr');
  }

  get importCounts() {
    return this.page.locator('.import-counts');
  }

  /** The notice after importing a file that could not be verified. */
  get importUnverified() {
    return this.page.locator('.import-unverified');
  }

  /** The list of imported files that count for nothing. */
  get unverifiedImports() {
    return this.page.getByRole('region', { name: 'Imported, not verified' });
  }

  /** Opens the transcript from the header link. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Transcript' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Clicks a download button and returns the download. */
  async download(label: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: label }).click();
    return download;
  }

  /** Imports a records file and waits for the outcome: the counts of a verified file, or the unverified notice. */
  async importRecords(file: string): Promise<void> {
    await this.page.getByLabel('Records file').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Import records' }).click();
    await expect(this.importCounts.or(this.importUnverified)).toBeVisible();
  }

  /** One count of the last import ("Notes", "Quiz attempts", ...). */
  count(label: string) {
    return this.importCounts
      .locator('div')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }
}
