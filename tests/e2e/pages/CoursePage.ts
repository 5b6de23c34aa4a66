import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** A course's home page. */
export class CoursePage {
  constructor(
    private readonly page: Page,
    readonly courseId: string,
    readonly title: string,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.title });
  }

  get modules() {
    return this.page.getByRole('region', { name: 'Modules' }).getByRole('listitem');
  }

  get postTest() {
    return this.page.getByRole('region', { name: 'Post-test' });
  }

  get remaining() {
    return this.page.getByRole('region', { name: 'What remains before your certificate' });
  }

  /** Opens the course home by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, `#/course/${this.courseId}`);
    await expect(this.heading).toBeVisible();
  }

  /** A module's row in the module list. */
  moduleRow(title: string) {
    return this.modules.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** Opens a module from the list. */
  async openModule(title: string): Promise<void> {
    await this.moduleRow(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get disclosuresToAcknowledge() {
    return this.page.getByRole('region', { name: 'Before you start: disclosures' });
  }

  /** Confirms reading the disclosures (a course that lists people asks for it once) and waits for the record. */
  async acknowledgeDisclosures(): Promise<void> {
    await this.disclosuresToAcknowledge
      .getByRole('button', { name: 'I have read these disclosures' })
      .click();
    await expect(this.page.getByText('your reading of the disclosures is recorded')).toBeFocused();
  }

  /** Starts the post-test from its card (the core may refuse; the caller checks). */
  async startPostTest(): Promise<void> {
    await this.postTest.getByRole('button', { name: /Start (the|a new) post-test/ }).click();
  }
}
