import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** "Verify a certificate": choose a file or paste a QR code's text, check it, read VALID or NOT VALID. */
export class VerifyPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Verify a certificate' });
  }

  get result() {
    return this.page.locator('section.verify-result');
  }

  get resultHeading() {
    return this.result.getByRole('heading', { level: 2 });
  }

  /** Opens the screen from the header link. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Verify a certificate' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Opens the screen by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, '#/verify');
    await expect(this.heading).toBeVisible();
  }

  /** Checks a file (a path, or bytes with a name) and waits for the verdict. */
  async check(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Certificate file').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Check this certificate' }).click();
    await expect(this.resultHeading).toBeVisible();
  }

  /** Checks the text of a certificate's QR code, pasted as scanned, and waits for the verdict. */
  async checkText(text: string): Promise<void> {
    await this.page.getByLabel('Text from the QR code').fill(text);
    await this.page.getByRole('button', { name: 'Check this text' }).click();
    await expect(this.resultHeading).toBeVisible();
  }

  async expectValid(): Promise<void> {
    await expect(this.resultHeading).toHaveText('VALID');
  }

  async expectNotValid(): Promise<void> {
    await expect(this.resultHeading).toHaveText('NOT VALID');
  }
}
