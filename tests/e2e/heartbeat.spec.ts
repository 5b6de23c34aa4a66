import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { ProfilesPage } from './pages/ProfilesPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * Time on task: heartbeats every 15 s while the module is visible and the learner has been active in the last
 * 2 minutes. Playwright's clock moves time without waiting.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
});

test.afterEach(async () => {
  await shell.stop();
});

test('heartbeats go every 15 s only while the page is visible and the learner is active', async ({
  page,
}) => {
  const beats: { moduleId: string; beatId: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/progress.heartbeat')) beats.push(request.postDataJSON());
  });
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Heartbeat Tester' });
  const [moments] = fixtureCourse.modules;
  await new ReaderPage(page).goto(fixtureCourse.id, moments.id, moments.title);

  // Shift: a keypress that does not scroll (scrolling is activity too, but its events trail behind a fake clock).
  await page.keyboard.press('Shift');
  await page.clock.runFor(15_500);
  await expect.poll(() => beats.length).toBe(1);
  expect(beats[0]?.moduleId).toBe(moments.id);
  expect(beats[0]?.beatId).toMatch(/^[0-9a-f-]{36}$/);

  // Idle: beats continue up to 2 minutes after the last interaction, then stop.
  await page.clock.runFor(120_000);
  await expect.poll(() => beats.length).toBeGreaterThanOrEqual(7);
  const afterIdle = beats.length;
  await page.clock.runFor(60_000);
  expect(beats.length).toBe(afterIdle);
  expect(new Set(beats.map((beat) => beat.beatId)).size).toBe(beats.length);

  // Active again: beats resume.
  await page.mouse.click(5, 300);
  await page.clock.runFor(15_500);
  await expect.poll(() => beats.length).toBe(afterIdle + 1);

  // Hidden (another window in front, minimised): no beats, however active.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  });
  await page.keyboard.press('Shift');
  await page.clock.runFor(45_000);
  expect(beats.length).toBe(afterIdle + 1);
});
