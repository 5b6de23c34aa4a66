import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { readAnswerKey, readCourseFacts, showsKey } from './courseAnswerKey';
import { bundledCourse, fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { CoursePage } from './pages/CoursePage';
import { chooseRadioByKeyboard } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';
import { completeFixtureCourseByKeyboard } from './keyboardCourseFlow';

/*
 * Whole courses from a new profile to a passed post-test. The renderer never holds answer keys, so the tests
 * read them from the course packages and pick the options by their words.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
});

test.afterEach(async () => {
  await shell.stop();
});

test('by keyboard alone: new profile, read every module, pass every quiz and the post-test', async ({
  page,
}) => {
  await page.goto(shell.url);
  await completeFixtureCourseByKeyboard(page);
});

test('a reload mid-quiz resumes the attempt with the answers kept; submitting asks about blanks', async ({
  page,
}) => {
  const key = readAnswerKey(fixtureCourse.dir);
  const quiz = new QuizPage(page);
  const [moments] = fixtureCourse.modules;
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Reload Tester' });
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await reader.takeQuiz();
  const address = page.url();
  const [first, second] = await quiz.questionIds();
  if (!first || !second) throw new Error('The fixture quiz has two questions.');
  await quiz.answer(key, first);
  await quiz.expectSaved();

  await page.reload();
  expect(page.url()).toBe(address);
  await expect(page.getByRole('heading', { level: 1, name: `Quiz: ${moments.title}` })).toBeVisible();
  expect(await quiz.questionIds()).toEqual([first, second]);
  const firstGroup = quiz.group(first);
  await expect(firstGroup.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(quiz.group(second).getByRole('radio', { checked: true })).toHaveCount(0);

  // Submitting with a blank asks first; "Keep answering" goes back to the form.
  await quiz.submitButton.click();
  const dialog = page.getByRole('dialog', { name: 'Submit with unanswered questions?' });
  await expect(dialog).toContainText('You have not answered question 2.');
  await expect(dialog.getByRole('button', { name: 'Keep answering' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await quiz.answer(key, second);
  await quiz.expectSaved();
  await quiz.submit();
  await quiz.expectPassed();
  const feedback = page.locator(`li.question-feedback[data-question-id="${first}"]`);
  await expect(feedback).toContainText('Correct');
  await expect(feedback).toContainText('Before touching a patient is the first of the five moments.');
  await expect(feedback).toContainText('It protects the patient from germs on your hands.');
  await expect(feedback).toContainText('Reference: WHO, 2009');

  // A retake is a new attempt at a new address.
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Quiz: ${moments.title}` })).toBeVisible();
  expect(page.url()).not.toBe(address);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a wrong answer is marked with the correct one and its explanation', async ({ page }) => {
  const key = readAnswerKey(fixtureCourse.dir);
  const quiz = new QuizPage(page);
  const technique = fixtureCourse.modules[1];
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Feedback Tester' });
  await new ReaderPage(page).goto(fixtureCourse.id, technique.id, technique.title);
  await new ReaderPage(page).takeQuiz();
  const group = quiz.group('technique-q1');
  // The stem says "Select all that apply" itself, so no hint repeats it.
  await expect(group.getByText(/select all that apply/i)).toHaveCount(1);
  await expect(group.locator('.field-hint')).toHaveCount(0);
  await group.getByLabel('Before every patient contact').check();
  const labelsBefore = await group.locator('label').allTextContents();
  await quiz.answer(key, 'technique-q2', false);
  await quiz.submit();
  await expect(page.locator('.verdict')).toHaveText('You did not pass this quiz this time.');
  const feedback = page.locator('li.question-feedback[data-question-id="technique-q1"]');
  await expect(feedback.getByRole('heading')).toHaveText('Question 1: Incorrect');
  await expect(feedback).toContainText('Your answerBefore every patient contact');
  // The correct options, in the order the (shuffled) options were shown.
  const shown = labelsBefore;
  const correct = [
    'Hands are visibly soiled',
    'After caring for a patient with suspected C. difficile infection',
  ];
  await expect(feedback).toContainText(
    `Correct answer${shown.filter((label) => correct.includes(label)).join('; ')}`,
  );
  await expect(feedback).toContainText('Hand rub is the routine choice');
});

test('by keyboard, a radio group is reached with Tab and chosen with the arrow keys', async ({ page }) => {
  const quiz = new QuizPage(page);
  const [moments] = fixtureCourse.modules;
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Arrow Tester' });
  await new ReaderPage(page).goto(fixtureCourse.id, moments.id, moments.title);
  await new ReaderPage(page).takeQuiz();
  const group = quiz.group('moments-q2');
  await chooseRadioByKeyboard(page, group, group.getByLabel('False', { exact: true }));
  await expect(group.getByLabel('False', { exact: true })).toBeChecked();
  await quiz.expectSaved();
});

test('the bundled course: read every module, pass every quiz, pass the post-test', async ({ page }) => {
  test.setTimeout(300_000);
  const key = readAnswerKey(bundledCourse.dir);
  const facts = readCourseFacts(bundledCourse.dir);
  const quiz = new QuizPage(page);
  const reader = new ReaderPage(page);
  const home = new CoursePage(page, bundledCourse.id, bundledCourse.title);
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Bundled Tester', credentials: 'MD' });
  await page.getByRole('link', { name: bundledCourse.title }).click();
  await expect(home.heading).toBeVisible();
  // A course that lists the people behind it asks the learner to read their disclosures first.
  if (facts.asksAcknowledgement) await home.acknowledgeDisclosures();
  await expect(home.modules).toHaveCount(facts.moduleCount);
  const titles = await home.modules.locator('a.module-title').allTextContents();

  for (const title of titles) {
    await home.goto();
    await home.openModule(title);
    await reader.readToEnd();
    await reader.takeQuiz();
    await quiz.answerAll(key);
    await quiz.submit();
    await quiz.expectPassed();
  }

  await home.goto();
  for (const title of titles) await expect(home.moduleRow(title)).toContainText('Quiz passed');
  await home.startPostTest();
  await expect(
    page.getByRole('heading', { level: 1, name: `Post-test: ${bundledCourse.title}` }),
  ).toBeVisible();
  expect(await quiz.questions.count()).toBe(facts.postTestQuestions);
  await quiz.answerAll(key);
  await quiz.submit();
  await quiz.expectPassed();
  await expect(page.locator('.score')).toContainText('Your score: 100%');
  // A pass shows the key under every policy.
  expect(showsKey(facts.postTestFeedback, { passed: true, attemptsUsed: 1, maxAttempts: null })).toBe(true);
  await expect(page.locator('.answer-pair').first()).toContainText('Correct answer');
  await home.goto();
  await expect(home.postTest).toContainText('You passed the post-test.');
});
