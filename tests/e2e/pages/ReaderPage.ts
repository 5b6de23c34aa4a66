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

  /**
   * Opens a module by its address and waits until the reader is ready: its title shows, and it has asked the core
   * to record the opening, which it does from the same effects that start the heartbeat timer. A test that moves a
   * fake clock straight after opening would otherwise race those effects.
   */
  async goto(courseId: string, moduleId: string, title: string): Promise<void> {
    const opened = this.page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/progress.markOpened') &&
        (request.postDataJSON() as { moduleId?: string }).moduleId === moduleId,
    );
    await gotoHash(this.page, `#/course/${courseId}/module/${moduleId}`);
    await expect(this.heading(title)).toBeVisible();
    await opened;
  }

  /** Scrolls to the end of the text and waits until the module counts as read. */
  async readToEnd(): Promise<void> {
    await this.page.locator('.end-marker').scrollIntoViewIfNeeded();
    await expect(this.readStatus).toBeVisible();
  }

  /**
   * Studies this module until the core has credited `minutes` of study time. Needs `page.clock.install()` before
   * the app was opened and a shell started with `clockRate` (see serverClockRate.mjs): each round is a real
   * keypress (activity), 15 s on the page's clock (one heartbeat), and a short real pause so the core's faster
   * clock moves on between beats. Credit is what the core answers, never assumed.
   */
  async recordStudyTime(minutes: number): Promise<void> {
    let creditedSeconds = 0;
    for (let round = 0; creditedSeconds < minutes * 60; round++) {
      if (round > minutes * 12)
        throw new Error(`Only ${creditedSeconds} s were credited after ${round} beats.`);
      await this.page.keyboard.press('Shift');
      const beat = this.page.waitForResponse((response) =>
        response.url().endsWith('/api/progress.heartbeat'),
      );
      await this.page.clock.runFor(15_000);
      const answer = (await (await beat).json()) as { ok: boolean; value?: { creditedSeconds: number } };
      creditedSeconds += answer.value?.creditedSeconds ?? 0;
      await this.page.waitForTimeout(500);
    }
  }

  /** Starts the module's quiz and waits for its first question. */
  async takeQuiz(): Promise<void> {
    await this.page.getByRole('button', { name: 'Take the quiz' }).click();
    await expect(this.page).toHaveURL(/#\/attempt\//);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Quiz: / })).toBeVisible();
  }
}
