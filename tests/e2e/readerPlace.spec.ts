import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { bundledCourse, fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { gotoHash } from './pages/appNavigation';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * Issue 17, place and progress while studying: the reader says where the learner is in the course, keeps the
 * module's outline on screen with each finished section checked and a slim bar for the module, shows that study
 * time is being recorded (or why it paused) and what the certificate still needs, and says "read to the end" at
 * the end, with the next step. The course home and the dashboard use the same words for the same numbers.
 */
let shell: RunningShell;

test.afterEach(async () => {
  await shell.stop();
});

test('the reader shows the module number, course progress, a kept outline with finished sections checked, and the end', async ({
  page,
}) => {
  shell = await startShell();
  await page.setViewportSize({ width: 1200, height: 700 });
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Placed' });
  const home = new CoursePage(page, bundledCourse.id, bundledCourse.title);
  await home.goto();
  await home.acknowledgeDisclosures();
  const titles = await home.modules.locator('a.module-title').allTextContents();
  const third = titles[2] ?? '';
  await home.openModule(third);

  const reader = new ReaderPage(page);
  await expect(page.getByText('Module 3 of 10', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: 'Course progress: 0 of 10 modules done' }),
  ).toHaveAttribute('value', '0');
  const moduleBar = page.getByRole('progressbar', { name: /^Module 3: \d+% read$/ });
  await expect(moduleBar).toHaveAttribute('value', '0');
  const entries = reader.contents.getByRole('listitem');
  expect(await entries.count()).toBeGreaterThan(4);
  await expect(reader.contents.locator('li[data-finished]')).toHaveCount(0);

  // Reading on to the third section: the two before it are checked, and the outline is still on screen.
  const thirdSection = (await entries.nth(2).getByRole('link').textContent()) ?? '';
  await page.getByRole('heading', { name: thirdSection, exact: true }).evaluate((heading) => {
    window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 10 });
  });
  await expect(reader.contents.locator('li[data-finished]')).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('✓');
  await expect(entries.nth(0)).toContainText('(read)');
  await expect(entries.nth(2)).not.toContainText('(read)');
  await expect(reader.contents.getByRole('heading', { name: 'In this module' })).toBeInViewport();
  await expect(moduleBar).not.toHaveAttribute('value', '0');
  await expectAccessibleInBothThemes(page, 'reader part-way, outline kept on screen');

  // Scrolling back does not take the checks away; the end marks every section and says so where the learner is.
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  await expect(reader.contents.locator('li[data-finished]')).toHaveCount(2);
  await page.keyboard.press('End');
  const end = page.getByRole('region', { name: 'Next step' });
  const readNote = end.getByRole('status').filter({ hasText: 'You have read this module to the end.' });
  await expect(readNote).toBeVisible();
  await expect(readNote).toBeInViewport();
  await expect(reader.contents.locator('li[data-finished]')).toHaveCount(await entries.count());
  await expect(page.getByRole('progressbar', { name: 'Module 3: 100% read' })).toBeVisible();
  await expect(end.getByRole('button', { name: 'Take the quiz' })).toHaveClass(/primary/);
  await expect(end.getByRole('link', { name: `Next: ${titles[3] ?? ''}` })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'reader at the end of the module');
});

test('study time shows as recording, pauses when idle and says why, and counts down the minutes still needed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  shell = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Timed' });
  const [moments] = fixtureCourse.modules;
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  const state = page.locator('.study-time-state');
  await expect(state).toHaveText('Recording your study time.');
  await expect(state).toHaveAttribute('role', 'status');
  const figures = page.locator('.study-time-figures');
  await expect(figures).toHaveText('Recorded study time: 0 min. 9 min still needed for the certificate.');

  await reader.recordStudyTime(3);
  await expect(figures).toHaveText(
    /^Recorded study time: [3-5] min\. [4-6] min still needed for the certificate\.$/,
  );

  // Two minutes without a keypress, click or scroll: paused, and it says why.
  await page.clock.runFor(150_000);
  await expect(state).toHaveText(
    'Paused: nothing was read or clicked for 2 minutes. Scroll, click or press a key to go on.',
  );
  await expectAccessibleInBothThemes(page, 'reader, study time paused');
  await page.keyboard.press('Shift');
  await expect(state).toHaveText('Recording your study time.');

  // The course home and the dashboard show the same numbers under the same words.
  const labels = ['Recorded study time', 'Minimum time for the certificate', 'Estimated time'];
  const read = async () => {
    const values: string[] = [];
    for (const label of labels) {
      const term = page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
      await expect(term).toHaveCount(1);
      values.push((await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '');
    }
    return values;
  };
  await new CoursePage(page, fixtureCourse.id, fixtureCourse.title).goto();
  const onHome = await read();
  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(await read()).toEqual(onHome);
  expect(onHome[1]).toBe('9 min');
  await page.getByText('What these times mean').click();
  await expect(page.locator('.study-time-meanings')).toContainText(
    'The recorded study time this course asks for before you can attest your time and get a certificate.',
  );
});
