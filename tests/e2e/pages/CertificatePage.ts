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

  /** The value shown for one fact of the summary ("Verification code", "Hours", ...). */
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

  /** Clicks Open PDF and returns the tab it opens. */
  async openPdf(): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('link', { name: 'Open PDF (opens in a new tab)' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    return opened;
  }

  /**
   * Clicks Print PDF with the print dialog stood in for: the printed frame's address lands in `data-printed` on
   * the page, and any CSP violation in `data-csp-violation`.
   */
  async printPdf(): Promise<void> {
    await this.page.evaluate(() => {
      const html = document.documentElement;
      document.addEventListener('securitypolicyviolation', (event) =>
        html.setAttribute('data-csp-violation', event.violatedDirective),
      );
      const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get(this: HTMLIFrameElement) {
          const frameWindow = contentWindow?.get?.call(this) as Window | null;
          if (frameWindow) frameWindow.print = () => html.setAttribute('data-printed', this.src);
          return frameWindow;
        },
      });
    });
    await this.page.getByRole('button', { name: 'Print PDF' }).click();
  }

  /** Corrects the name on the certificate and waits for the corrected one. */
  async correctName(name: string): Promise<void> {
    await this.page.getByText('Correct my name').click();
    await this.page.getByLabel('Name as it should be printed').fill(name);
    await this.page.getByRole('button', { name: 'Issue the corrected certificate' }).click();
    await expect(this.page.getByText(/A corrected certificate was issued/)).toBeVisible();
  }
}
