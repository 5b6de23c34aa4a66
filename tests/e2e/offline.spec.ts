import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { gotoHash } from './pages/appNavigation';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * The app works offline: every request the page makes, through a whole course, goes to the app's own origin.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
});

test.afterEach(async () => {
  await shell.stop();
});

test('no request leaves the app origin through a whole course', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const key = readAnswerKey(fixtureCourse.dir);
  const quiz = new QuizPage(page);
  const reader = new ReaderPage(page);
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);

  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Offline Tester' });
  await home.goto();
  for (const module of fixtureCourse.modules) {
    await reader.goto(fixtureCourse.id, module.id, module.title);
    await reader.readToEnd();
    await reader.takeQuiz();
    await quiz.answerAll(key);
    await quiz.submit();
  }
  await home.goto();
  await home.startPostTest();
  await quiz.answerAll(key);
  await quiz.submit();
  await gotoHash(page, `#/course/${fixtureCourse.id}/references`);
  await expect(page.locator('.references a.external').first()).toBeVisible();
  await gotoHash(page, `#/course/${fixtureCourse.id}/search?q=hand`);
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(page.getByRole('table')).toBeVisible();
  for (const screen of ['evaluation', 'attestation', 'certificate']) {
    await gotoHash(page, `#/course/${fixtureCourse.id}/${screen}`);
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  }
  await gotoHash(page, '#/transcript');
  await expect(page.getByRole('heading', { level: 1, name: 'Transcript' })).toBeVisible();
  await gotoHash(page, '#/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  await page.goto(`${shell.origin}/#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // The course image really was fetched, from the app's own asset route.
  expect(requested.some((url) => url.includes('/course-asset/hand-hygiene/'))).toBe(true);
  const elsewhere = requested.filter(
    (url) => !url.startsWith(`${shell.origin}/`) && !url.startsWith('data:'),
  );
  expect(elsewhere).toEqual([]);
});
