import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** The course library, and its "Manage courses" control with the "Import a course" section behind it. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Course library' });
  }

  get importSection() {
    return this.page.getByRole('region', { name: 'Import a course' });
  }

  get manageButton() {
    return this.page.getByRole('button', { name: 'Manage courses' });
  }

  /** Opens "Manage courses" unless it is open already; the caller checks what it shows. */
  async openManage(): Promise<void> {
    await expect(this.manageButton).toBeVisible();
    if ((await this.manageButton.getAttribute('aria-expanded')) !== 'true') await this.manageButton.click();
    await expect(this.manageButton).toHaveAttribute('aria-expanded', 'true');
  }

  /** The card of a course in the list, found by text it holds (its title, or its folder for a broken one). */
  courseCard(text: string) {
    return this.page.getByRole('region', { name: 'Courses' }).getByRole('listitem').filter({ hasText: text });
  }

  /** Opens the library by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, '#/library');
    await expect(this.heading).toBeVisible();
  }

  /** The link to a course in the list. */
  courseLink(title: string) {
    return this.page.getByRole('region', { name: 'Courses' }).getByRole('link', { name: title });
  }

  /** Chooses a .zip and imports it; the caller checks the outcome. */
  async importZip(file: string): Promise<void> {
    await this.openManage();
    await this.importSection.getByLabel('Course package (.zip)').setInputFiles(file);
    await this.importSection.getByRole('button', { name: 'Import the package' }).click();
  }

  /** Chooses a whole folder (webkitdirectory) and imports it; the caller checks the outcome. */
  async importFolder(dir: string): Promise<void> {
    await this.openManage();
    await this.importSection.getByLabel('Course folder').setInputFiles(dir);
    await this.importSection.getByRole('button', { name: 'Import the folder' }).click();
  }
}
