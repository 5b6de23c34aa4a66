import { expect, type Locator, type Page } from '@playwright/test';
import { correctLabels, wrongLabel, type AnswerKey, type KeyedQuestion } from '../courseAnswerKey';
import { chooseRadioByKeyboard, setCheckboxByKeyboard, tabAndEnter } from './keyboard';

/** A module quiz or the post-test: its questions, answering them, submitting and the results. */
export class QuizPage {
  constructor(private readonly page: Page) {}

  get questions() {
    return this.page.locator('li.question[data-question-id]');
  }

  get saveStatus() {
    return this.page.locator('.save-status');
  }

  get submitButton() {
    return this.page.getByRole('button', { name: 'Submit answers' });
  }

  get resultHeading() {
    return this.page.getByRole('heading', { level: 1, name: / results: / });
  }

  /** The ids of the questions on screen, in the order shown. */
  async questionIds(): Promise<string[]> {
    await expect(this.questions.first()).toBeVisible();
    return this.questions.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-question-id') ?? ''),
    );
  }

  /** A question's fieldset, named by its stem. */
  group(questionId: string): Locator {
    return this.page.locator(`li.question[data-question-id="${questionId}"]`).getByRole('group');
  }

  private keyed(key: AnswerKey, questionId: string): KeyedQuestion {
    const question = key.get(questionId);
    if (!question) throw new Error(`The answer key has no question ${questionId}.`);
    return question;
  }

  /** Answers one question correctly (or wrongly) with the mouse, mapping the key's option ids to labels. */
  async answer(key: AnswerKey, questionId: string, correctly = true): Promise<void> {
    const question = this.keyed(key, questionId);
    const group = this.group(questionId);
    if (question.type === 'true-false') {
      const label = correctly ? (question.answer === true ? 'True' : 'False') : wrongLabel(question);
      await group.getByLabel(label, { exact: true }).check();
      return;
    }
    if (!correctly) {
      await group.getByLabel(wrongLabel(question), { exact: true }).check();
      return;
    }
    const right = new Set(correctLabels(question));
    for (const option of question.options) {
      const box = group.getByLabel(option.text, { exact: true });
      if (right.has(option.text)) await box.check();
      else if (question.type === 'multiple') await box.uncheck();
    }
  }

  /** Answers every question on screen correctly with the mouse. */
  async answerAll(key: AnswerKey): Promise<void> {
    for (const id of await this.questionIds()) await this.answer(key, id);
  }

  /** Answers every question correctly with the keyboard alone: Tab, arrow keys and Space. */
  async answerAllByKeyboard(key: AnswerKey): Promise<void> {
    for (const id of await this.questionIds()) {
      const question = this.keyed(key, id);
      const group = this.group(id);
      if (question.type === 'true-false') {
        const label = question.answer === true ? 'True' : 'False';
        await chooseRadioByKeyboard(this.page, group, group.getByLabel(label, { exact: true }));
      } else if (question.type === 'single') {
        const [label] = correctLabels(question);
        await chooseRadioByKeyboard(this.page, group, group.getByLabel(label ?? '', { exact: true }));
      } else {
        const right = new Set(correctLabels(question));
        for (const option of question.options) {
          await setCheckboxByKeyboard(
            this.page,
            group.getByLabel(option.text, { exact: true }),
            right.has(option.text),
          );
        }
      }
    }
  }

  /** Waits until every answer chosen so far is saved. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** Submits (every question answered) and waits for the results. */
  async submit(): Promise<void> {
    await this.submitButton.click();
    await expect(this.resultHeading).toBeVisible();
  }

  /** Submits with the keyboard and waits for the results. */
  async submitByKeyboard(): Promise<void> {
    await tabAndEnter(this.page, this.submitButton);
    await expect(this.resultHeading).toBeVisible();
  }

  /** Expects the verdict after submitting. */
  async expectPassed(): Promise<void> {
    await expect(this.page.locator('.verdict')).toHaveText(/You passed this (quiz|post-test)\./);
  }
}
