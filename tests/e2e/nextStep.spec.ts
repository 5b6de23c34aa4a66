import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * Issue 17, the next step, always: a locked post-test looks locked with its reason; quiz results offer the next
 * module, or the post-test after the last (locked while quizzes remain); a passed post-test leads on to the
 * evaluation, a failed one keeps its review guidance.
 */
let shell: RunningShell;
const key = readAnswerKey(fixtureCourse.dir);
const [moments, technique] = fixtureCourse.modules;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
});

test.afterEach(async () => {
  await shell.stop();
});

test('each result leads on: next module, the post-test (locked until every quiz is passed), the evaluation', async ({
  page,
}) => {
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  const reader = new ReaderPage(page);
  const quiz = new QuizPage(page);
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Next Stepper' });

  // The post-test on the course home: locked, with the reason beside it, and pressing it starts nothing.
  await home.goto();
  const locked = home.postTest.getByRole('button', { name: 'Start the post-test' });
  await expect(locked).toHaveAttribute('aria-disabled', 'true');
  await expect(locked).toHaveAccessibleDescription('2 module quizzes still to pass.');
  const starts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/attempts.start')) starts.push(request.url());
  });
  await locked.focus(); // Playwright will not click an aria-disabled button; a keyboard user can still press it
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  // Whatever the presses started would have gone out before the page answers this round trip.
  await page.evaluate(() => fetch('/').then(() => undefined));
  expect(starts).toEqual([]);
  await expect(home.postTest.getByRole('alert')).toHaveCount(0);

  // The last module's quiz first: the post-test is the next step, locked while another quiz is not passed.
  await reader.goto(fixtureCourse.id, technique.id, technique.title);
  await reader.readToEnd();
  await reader.takeQuiz();
  await quiz.answerAll(key);
  await quiz.submit();
  const actions = page.locator('.actions').first();
  const takePostTest = actions.getByRole('button', { name: 'Take the post-test' });
  await expect(takePostTest).toHaveAttribute('aria-disabled', 'true');
  await expect(takePostTest).toHaveAccessibleDescription('1 module quiz still to pass.');
  await expect(actions.getByRole('button', { name: 'Retake the quiz' })).toBeVisible();
  await expect(actions.getByRole('link', { name: 'Back to the module' })).toBeVisible();
  await expect(actions.getByRole('link', { name: 'Back to course' })).toBeVisible();
  await expect(actions.getByRole('link', { name: /^Next module/ })).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'quiz result with the post-test locked');

  // The first module's quiz: "Next module" leads to the second.
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await reader.readToEnd();
  await reader.takeQuiz();
  await quiz.answerAll(key);
  await quiz.submit();
  const next = actions.getByRole('link', { name: `Next module: ${technique.title}` });
  await expect(next).toHaveClass(/primary/);
  await next.click();
  await expect(reader.heading(technique.title)).toBeFocused();
  const end = page.getByRole('region', { name: 'Next step' });
  await expect(end.getByRole('link', { name: 'Continue on the course page' })).toBeVisible();

  // Retaking the last quiz now offers the post-test itself.
  await reader.takeQuiz();
  await quiz.answerAll(key);
  await quiz.submit();
  await actions.getByRole('button', { name: 'Take the post-test' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Post-test: ${fixtureCourse.title}` }),
  ).toBeVisible();

  // A failed post-test keeps its review guidance and offers no way past it; a passed one leads to the evaluation.
  for (const id of await quiz.questionIds()) await quiz.answer(key, id, false);
  await quiz.submit();
  await expect(page.locator('.withheld-note')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue to the evaluation' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Retake the post-test' }).click();
  await quiz.answerAll(key);
  await quiz.submit();
  await quiz.expectPassed();
  await expectAccessibleInBothThemes(page, 'post-test passed, next step the evaluation');
  await page.getByRole('link', { name: 'Continue to the evaluation' }).click();
  await expect(new EvaluationPage(page, fixtureCourse.id).heading).toBeFocused();
});
