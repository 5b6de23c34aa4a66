import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { gotoHash } from './pages/appNavigation';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * The player screens on the small fixture course (hand-hygiene), served as an extra course folder.
 */
let shell: RunningShell;
const key = readAnswerKey(fixtureCourse.dir);
const [moments, technique] = fixtureCourse.modules;

test.beforeEach(async ({ page }) => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Player Tester' });
});

test.afterEach(async () => {
  await shell.stop();
});

function course(page: Page) {
  return new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
}

test('the course home leads with Start and progress, then everything it discloses, open on the first start', async ({
  page,
}) => {
  const home = course(page);
  await page.getByRole('link', { name: fixtureCourse.title }).click();
  await expect(home.heading).toBeFocused();
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress.getByRole('link', { name: 'Start the course' })).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Modules done: 0 of 2' })).toHaveAttribute(
    'value',
    '0',
  );
  await expect(progress).toContainText('Recorded study time0 min');
  await expect(progress).toContainText('Minimum time for the certificate9 min');
  // The first start: what the course is, its objectives and its disclosures are open, to be read first.
  const summary = page.getByRole('region', { name: 'About this course' });
  await expect(summary.locator('.summary strong').first()).toHaveText('when');
  await expect(summary).toContainText('Nurses and physicians');
  await expect(page.getByRole('region', { name: 'Learning objectives' })).toContainText(
    'Name the five moments for hand hygiene.',
  );
  const about = page.getByRole('region', { name: 'About this activity' });
  await expect(about.getByText('A. Author, RN, MSN')).toBeVisible();
  await expect(about).toContainText('Disclosure: No relevant financial relationships.');
  await expect(about).toContainText('0.25 hours');
  await expect(about).toContainText('designates this enduring material for a maximum of 0.25 hours');
  await expect(about).toContainText('Example CE Provider');
  await expect(about).toContainText('This activity is not accredited.');
  await expect(about).toContainText('2028'); // expiry date
  // Each folds away.
  await about.getByRole('button', { name: 'About this activity' }).click();
  await expect(about.getByText('A. Author, RN, MSN')).toBeHidden();
  await expect(about.getByRole('button', { name: 'About this activity' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );

  await expect(home.modules).toHaveCount(2);
  await expect(home.moduleRow(moments.title)).toContainText('Not started');
  await expect(home.postTest).toContainText('Pass mark75%');
  await expect(home.postTest).toContainText('Questions2');
  await expect(home.postTest).toContainText('Attempts left3');
  await expect(home.remaining.getByRole('listitem').first()).toBeVisible();
});

test('contents links scroll in place; notes, bookmarks and text size are kept', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  const address = page.url();
  await reader.contents.getByRole('link', { name: 'Why the moments matter' }).click();
  await expect(page.locator('#why-the-moments-matter')).toBeFocused();
  expect(page.url()).toBe(address);

  await reader.notes.fill('Ask the ward about rub dispensers.');
  await expect(page.locator('.autosave-status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(reader.bookmarks.getByRole('link', { name: 'Why the moments matter' })).toBeVisible();

  await page.getByRole('button', { name: /^A\+/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'large');
  await expect(page.getByText('Text: Large')).toBeVisible();

  await page.reload();
  await expect(reader.heading(moments.title)).toBeVisible();
  await expect(reader.notes).toHaveValue('Ask the ward about rub dispensers.');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'large');
  await reader.bookmarks.getByRole('button', { name: 'Remove bookmark: Why the moments matter' }).click();
  await expect(reader.bookmarks).toContainText('No bookmarks yet');
  await page.reload();
  await expect(reader.bookmarks).toContainText('No bookmarks yet');
});

test('reaching the end marks a module read, and the course resumes where the learner left off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 420 });
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await expect(page.getByText('this module is marked read when you reach its end')).toBeVisible();
  await reader.readToEnd();
  // The position is saved once scrolling has paused for 2 s.
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/progress.savePosition'));
  await page.mouse.wheel(0, 200);
  expect((await saved).ok()).toBe(true);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);

  const home = course(page);
  await home.goto();
  await expect(home.moduleRow(moments.title)).toContainText('Read');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(reader.heading(moments.title)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
});

test('opening a module asks the core for it once and records the opening once, by link, address and reload', async ({
  page,
}) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const channel = /\/api\/(modules\.read|progress\.markOpened)$/.exec(request.url())?.[1];
    if (channel)
      calls.push(`${channel} ${(JSON.parse(request.postData() ?? '{}') as { moduleId: string }).moduleId}`);
  });
  const reader = new ReaderPage(page);
  const home = course(page);
  await home.goto();
  await expect(home.moduleRow(moments.title)).toContainText('Not started');
  await home.openModule(moments.title);
  await reader.goto(fixtureCourse.id, technique.id, technique.title);
  await page.reload();
  await expect(reader.heading(technique.title)).toBeVisible();
  // The hash change starts the read and the screen takes it over; the opening is recorded once the text shows.
  await expect
    .poll(() => calls)
    .toEqual([
      `modules.read ${moments.id}`,
      `progress.markOpened ${moments.id}`,
      `modules.read ${technique.id}`,
      `progress.markOpened ${technique.id}`,
      `modules.read ${technique.id}`,
      `progress.markOpened ${technique.id}`,
    ]);
  await home.goto();
  await expect(home.moduleRow(moments.title)).toContainText('Reading');
});

test('links inside the text open other modules and references at the named place', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await reader.text.getByRole('link', { name: 'the next module' }).click();
  await expect(reader.heading(technique.title)).toBeVisible();
  await expect(page.locator('#rub-or-wash')).toBeFocused();
  await expect(page).toHaveURL(/#\/course\/hand-hygiene\/module\/technique\/rub-or-wash$/);
  await expect(page.locator('.module-text img')).toHaveJSProperty('complete', true);
  expect(
    await page.locator('.module-text img').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);

  await page.goBack();
  await expect(reader.heading(moments.title)).toBeVisible();
  await reader.text.getByRole('link', { name: 'WHO guidelines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
  await expect(page.locator('#who-2009')).toBeFocused();
  const external = page.locator('.references a.external').first();
  await expect(external).toContainText('(opens outside the app)');
});

test('print shows only the module text', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(reader.contents).toBeHidden();
  await expect(reader.notes).toBeHidden();
  await expect(reader.text).toBeVisible();
});

test('search finds passages and opens the module at the matching section', async ({ page }) => {
  const home = course(page);
  await home.goto();
  await page
    .getByRole('search', { name: 'Search this course' })
    .getByLabel('Search this course')
    .fill('soap');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search this course' })).toBeVisible();
  await expect(page).toHaveURL(/search\?q=soap$/);
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toHaveText(/soap/i);
  await results.first().getByRole('link', { name: technique.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: technique.title })).toBeVisible();
  await expect(page.locator('#rub-or-wash')).toBeFocused();

  await gotoHash(page, `#/course/${fixtureCourse.id}/search?q=zebra`);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
});

test('the dashboard shows modules, time and every quiz score as a chart and a table', async ({ page }) => {
  const reader = new ReaderPage(page);
  const quiz = new QuizPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await reader.readToEnd();
  await reader.takeQuiz();
  for (const id of await quiz.questionIds()) await quiz.answer(key, id, false);
  await quiz.submit();
  await expect(page.locator('.verdict')).toHaveText('You did not pass this quiz this time.');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Quiz: ${moments.title}` })).toBeVisible();
  await quiz.answerAll(key);
  await quiz.submit();
  await quiz.expectPassed();

  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page.getByText('Modules done')).toBeVisible();
  const chart = page.getByRole('img', { name: /Quiz scores/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(2);
  const table = page.getByRole('table', { name: 'Quiz and post-test attempts' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('0%');
  await expect(table).toContainText('100%');
  await expect(table).toContainText('Not passed');
});
