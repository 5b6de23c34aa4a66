import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { startShell, type RunningShell } from './browserShell';
import { readAnswerKey, readCourseFacts, showsKey } from './courseAnswerKey';
import { accreditedCourse, makeFixtureCoursesDir } from './courseFixtures';
import { gotoHash } from './pages/appNavigation';
import { CoursePage } from './pages/CoursePage';
import { tabAndEnter, tabTo } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * The course with every key of the disclosure round (valid-accredited): disclosures acknowledged before starting,
 * figures, and a post-test whose failed attempt keeps its key.
 */
let shell: RunningShell;
const course = accreditedCourse;
const [moments, technique] = course.modules;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir([course]) });
});

test.afterEach(async () => {
  await shell.stop();
});

async function openHome(page: Page, name: string): Promise<CoursePage> {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: name });
  const home = new CoursePage(page, course.id, course.title);
  await home.goto();
  return home;
}

test('the disclosures come first, on the home and through a link into a module, until acknowledged', async ({
  page,
}) => {
  const home = await openHome(page, 'Disclosure Reader');
  const block = home.disclosuresToAcknowledge;
  await expect(block).toContainText('A. Author, RN, MSN (Author and planner)');
  await expect(block).toContainText('No relevant financial relationships with ineligible companies.');
  await expect(block).toContainText('R. Reviewer, MD (Reviewer)');
  await expect(block).toContainText('Example Pharma Inc.: Consultant (advisory board)');
  await expect(block).toContainText(
    "The reviewer's relationship was judged relevant to no part of this content",
  );
  await expect(block).toContainText('Example Soap Co. (in-kind)');
  await expectAccessibleInBothThemes(page, 'course home with disclosures to acknowledge');

  // A link straight into a module shows them too, and the module only once they are acknowledged.
  await gotoHash(page, `#/course/${course.id}/module/${moments.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start this course' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'reader asking for the disclosures first');
  await tabAndEnter(page, page.getByRole('button', { name: 'I have read these disclosures' }));
  await expect(new ReaderPage(page).heading(moments.title)).toBeFocused();

  await home.goto();
  await expect(block).toHaveCount(0);
  const about = page.getByRole('region', { name: 'About this activity' });
  await expect(about).toContainText('Example Pharma Inc.: Consultant (advisory board)');
  await expect(about).toContainText('You confirmed reading these disclosures on');
  await page.reload();
  await expect(home.heading).toBeVisible();
  await expect(block).toHaveCount(0);
});

test('a figure is announced with its caption and opens full size by click and by keyboard', async ({
  page,
}) => {
  const home = await openHome(page, 'Figure Viewer');
  await home.acknowledgeDisclosures();
  const reader = new ReaderPage(page);
  await reader.goto(course.id, moments.id, moments.title);
  const caption = 'The five moments along one patient contact';
  const figure = page.getByRole('figure', { name: caption });
  await expect(figure).toBeVisible();
  const opener = figure.getByRole('button', {
    name: 'Five dots on a line, one for each moment (open full size)',
  });
  // The SVG passed the core's check and is served.
  await expect
    .poll(() => opener.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  await opener.click();
  const dialog = page.getByRole('dialog', { name: caption });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Five dots on a line, one for each moment' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectAccessibleInBothThemes(page, 'figure opened full size');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await reader.goto(course.id, technique.id, technique.title);
  const steps = page.getByRole('button', { name: 'Steps of hand rubbing (open full size)' });
  await tabTo(page, steps);
  await page.keyboard.press('Enter');
  const stepsDialog = page.getByRole('dialog', {
    name: 'The steps of rubbing hands with an alcohol-based rub',
  });
  await expect(stepsDialog).toBeVisible();
  await page.keyboard.press('Enter'); // Close has focus
  await expect(stepsDialog).toBeHidden();
  await expect(steps).toBeFocused();
  await expectAccessibleInBothThemes(page, 'reader with figures');

  // The references page opens its figures the same way.
  await gotoHash(page, `#/course/${course.id}/references`);
  const referenceFigure = page.getByRole('figure', {
    name: 'The five moments, as the WHO guideline draws them',
  });
  await referenceFigure.getByRole('button').click();
  await expect(
    page.getByRole('dialog', { name: 'The five moments, as the WHO guideline draws them' }),
  ).toBeVisible();
});

test('a failed post-test shows no key, but where to review and the results per module; a pass shows it', async ({
  page,
}) => {
  const key = readAnswerKey(course.dir);
  const facts = readCourseFacts(course.dir);
  const quiz = new QuizPage(page);
  const home = await openHome(page, 'Post-test Taker');
  await home.acknowledgeDisclosures();
  const reader = new ReaderPage(page);
  for (const module of course.modules) {
    await reader.goto(course.id, module.id, module.title);
    await reader.takeQuiz();
    await quiz.answerAll(key);
    await quiz.submit();
    await quiz.expectPassed();
  }
  await home.goto();
  await home.startPostTest();
  const ids = await quiz.questionIds();
  expect(ids).toHaveLength(facts.postTestQuestions ?? 0);
  // Before submission nothing on screen says which module a question came from.
  await expect(page.getByText(/^(From|Review): /)).toHaveCount(0);
  for (const id of ids) await quiz.answer(key, id, false);
  await quiz.submit();
  await expect(page.locator('.verdict')).toHaveText('You did not pass this post-test this time.');

  expect(
    showsKey(facts.postTestFeedback, {
      passed: false,
      attemptsUsed: 1,
      maxAttempts: facts.postTestMaxAttempts,
    }),
  ).toBe(false);
  await expect(page.getByText('Correct answer', { exact: true })).toHaveCount(0);
  await expect(page.locator('.answer-pair')).toHaveCount(0);
  await expect(page.locator('.explanation, .option-feedback')).toHaveCount(0);
  await expect(page.locator('.withheld-note')).toContainText(
    'The correct answers and explanations are shown',
  );
  for (const id of ids) {
    const item = key.get(id);
    const title = course.modules.find((m) => m.id === item?.module)?.title ?? '';
    const feedback = page.locator(`li.question-feedback[data-question-id="${id}"]`);
    await expect(feedback.getByRole('heading')).toHaveText(/Incorrect$/);
    await expect(feedback.getByRole('link', { name: new RegExp(`^${title}: `) })).toHaveAttribute(
      'href',
      `#/course/${course.id}/module/${item?.module ?? ''}/${item?.section ?? ''}`,
    );
  }
  const results = page.getByRole('region', { name: 'Results by module' });
  await expect(results.getByRole('row', { name: 'The five moments 0 of 1' })).toBeVisible();
  await expect(results.getByRole('row', { name: 'Technique 0 of 1' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'failed post-test without its key');

  await page.getByRole('button', { name: 'Retake the post-test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-test: ${course.title}` })).toBeVisible();
  await quiz.answerAll(key);
  await quiz.submit();
  await quiz.expectPassed();
  await expect(page.locator('.answer-pair').first()).toContainText('Correct answer');
  await expect(page.locator('.withheld-note')).toHaveCount(0);
});
