import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** The course evaluation: the form, then the submitted answers. */
export class EvaluationPage {
  constructor(
    private readonly page: Page,
    readonly courseId: string,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Course evaluation' });
  }

  get submitButton() {
    return this.page.getByRole('button', { name: 'Submit the evaluation' });
  }

  get submittedNotice() {
    return this.page.getByText(/^Submitted on /);
  }

  /** An item's radio group, named by its prompt. */
  item(prompt: string | RegExp) {
    return this.page.getByRole('group', { name: prompt });
  }

  /** Opens the evaluation by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, `#/course/${this.courseId}/evaluation`);
    await expect(this.heading).toBeVisible();
  }

  /** Answers the fixture course's evaluation: a likert rating, a choice and a free-text answer. */
  async answerFixtureItems(): Promise<void> {
    await this.item(/The course met its stated learning objectives/)
      .getByLabel('Agree', { exact: true })
      .check();
    await this.item(/free of commercial bias/)
      .getByLabel('Yes', { exact: true })
      .check();
    await this.page
      .getByLabel(/What will you change in your practice\?/)
      .fill('Use hand rub at every moment.');
  }

  /** Submits and waits for the read-only answers. */
  async submit(): Promise<void> {
    await this.submitButton.click();
    await expect(this.submittedNotice).toBeVisible();
  }
}
