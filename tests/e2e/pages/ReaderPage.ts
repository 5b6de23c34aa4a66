import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** The module reader. */
export class ReaderPage {
  constructor(private readonly page: Page) {}

  heading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  get readStatus() {
    return this.page.getByText('You have read this module to the end.');
  }

  get contents() {
    return this.page.getByRole('navigation', { name: 'In this module' });
  }

  get bookmarks() {
    return this.page.getByRole('region', { name: 'Bookmarks' });
  }

  get notes() {
    return this.page.getByLabel('Notes on this module (only you can see them)');
  }

  get text() {
    return this.page.locator('.module-text');
  }

  /** Opens a module by its address and waits for its title. */
  async goto(courseId: string, moduleId: string, title: string): Promise<void> {
    await gotoHash(this.page, `#/course/${courseId}/module/${moduleId}`);
    await expect(this.heading(title)).toBeVisible();
  }

  /** Scrolls to the end of the text and waits until the module counts as read. */
  async readToEnd(): Promise<void> {
    await this.page.locator('.end-marker').scrollIntoViewIfNeeded();
    await expect(this.readStatus).toBeVisible();
  }

  /** Starts the module's quiz and waits for its first question. */
  async takeQuiz(): Promise<void> {
    await this.page.getByRole('button', { name: 'Take the quiz' }).click();
    await expect(this.page).toHaveURL(/#\/attempt\//);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Quiz: / })).toBeVisible();
  }
}
