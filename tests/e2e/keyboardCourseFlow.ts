import { expect, type Page } from '@playwright/test';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse } from './courseFixtures';
import { CoursePage } from './pages/CoursePage';
import { tabAndEnter, tabTo } from './pages/keyboard';
import { QuizPage } from './pages/QuizPage';

/**
 * The complete flow by keyboard alone, from the first-run profile screen to a passed post-test on the fixture
 * course: create a profile, read every module, pass every quiz and the post-test, each result leading on to the
 * next step. Shared by the browser-shell suite and the desktop (Electron) suite, so both shells are held to the
 * same flow.
 */
export async function completeFixtureCourseByKeyboard(page: Page): Promise<void> {
  const key = readAnswerKey(fixtureCourse.dir);
  const quiz = new QuizPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your profile' })).toBeFocused();
  await tabTo(page, page.getByLabel('Profile name', { exact: true }));
  await page.keyboard.type('Kim');
  await tabTo(page, page.getByLabel(/^Credentials/));
  await page.keyboard.type('RN');
  await tabAndEnter(page, page.getByRole('button', { name: 'Create profile' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeFocused();

  await tabAndEnter(page, page.getByRole('link', { name: fixtureCourse.title }));
  await expect(page.getByRole('heading', { level: 1, name: fixtureCourse.title })).toBeFocused();
  await tabAndEnter(page, page.getByRole('link', { name: 'Start the course' }));

  for (const [index, module] of fixtureCourse.modules.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeFocused();
    await page.keyboard.press('End'); // to the end of the text, which records it as read
    await expect(page.getByText('You have read this module to the end.')).toBeVisible();
    await tabAndEnter(page, page.getByRole('button', { name: 'Take the quiz' }));
    await expect(page.getByRole('heading', { level: 1, name: `Quiz: ${module.title}` })).toBeFocused();
    await quiz.answerAllByKeyboard(key);
    await quiz.submitByKeyboard();
    await quiz.expectPassed();
    await expect(quiz.resultHeading).toBeFocused();
    // Each result leads on: to the next module, and after the last quiz to the post-test.
    const next = fixtureCourse.modules[index + 1];
    if (next) await tabAndEnter(page, page.getByRole('link', { name: `Next module: ${next.title}` }));
  }

  await tabAndEnter(page, page.getByRole('button', { name: 'Take the post-test' }));
  await expect(
    page.getByRole('heading', { level: 1, name: `Post-test: ${fixtureCourse.title}` }),
  ).toBeFocused();
  await quiz.answerAllByKeyboard(key);
  await quiz.submitByKeyboard();
  await quiz.expectPassed();
  await expect(page.getByRole('link', { name: 'Continue to the evaluation' })).toBeVisible();
  await tabAndEnter(page, page.getByRole('link', { name: 'Back to course' }));
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await expect(home.postTest).toContainText('You passed the post-test.');
  await expect(home.remaining).not.toContainText('Pass the post-test');
}
