import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { ProfilesPage } from './pages/ProfilesPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * Issue 17, the next step: re-opening the app returns the learner to where they were, the last module at its
 * position, not to the profile picker, once the profile is chosen. The browser shell keeps its session secret in
 * the tab's sessionStorage, so:
 * - in the same tab, a reload (or the app's address without its token) keeps the session: a profile without a PIN
 *   (or a PIN profile not yet signed out for being unused) lands on the module at its position at once;
 * - the printed address with its token, or a new tab, starts a new session: the profile picker comes first, and
 *   choosing the profile (with its PIN) lands on the module at its position.
 */
let shell: RunningShell;
const [moments] = fixtureCourse.modules;

test.beforeEach(async ({ page }) => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
  await page.setViewportSize({ width: 900, height: 420 });
});

test.afterEach(async () => {
  await shell.stop();
});

/** How far down the module text the top of the window is, from 0 to 1 (as the reader saves it). */
function readingFraction(page: Page): Promise<number> {
  return page.locator('.module-text').evaluate((text) => {
    const box = text.getBoundingClientRect();
    return Math.min(1, Math.max(0, -box.top / box.height));
  });
}

/** Opens the first module, scrolls part-way and waits until that position is saved; returns it. */
async function readPartWay(page: Page): Promise<number> {
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  const saved = page.waitForResponse(
    async (response) =>
      response.url().endsWith('/api/progress.savePosition') &&
      ((response.request().postDataJSON() as { scroll: number }).scroll ?? 0) > 0.2,
  );
  await page.locator('.module-text').evaluate((text) => {
    window.scrollTo({
      top: text.getBoundingClientRect().top + window.scrollY + text.getBoundingClientRect().height * 0.45,
    });
  });
  await saved;
  return readingFraction(page);
}

/** Expects the reader on the first module, opened at `fraction` of its text. */
async function expectBackAt(page: Page, fraction: number): Promise<void> {
  await expect(new ReaderPage(page).heading(moments.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/course/${fixtureCourse.id}/module/${moments.id}$`));
  await expect.poll(() => readingFraction(page)).toBeGreaterThan(fraction - 0.03);
  expect(await readingFraction(page)).toBeLessThan(fraction + 0.03);
}

test('a profile without a PIN: a reload, and the app address in the same tab, land on the module at its place', async ({
  page,
}) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Open Olu' });
  const fraction = await readPartWay(page);

  await page.reload();
  await expectBackAt(page, fraction);

  await page.goto(`${shell.origin}/`);
  await expectBackAt(page, fraction);
});

test('the printed address starts a new session: once the profile is chosen, the learner is back at the module', async ({
  page,
}) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await profiles.create({ displayName: 'Back Bea' });
  const fraction = await readPartWay(page);

  await page.goto(shell.url);
  await expect(profiles.pickerHeading).toBeVisible();
  await profiles.profileButton('Back Bea').click();
  await expectBackAt(page, fraction);
});

test('a PIN profile in a new tab: after the PIN, the module at its place', async ({ page, context }) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await profiles.create({ displayName: 'Pinned Pat', pin: '2468' });
  const fraction = await readPartWay(page);

  const tab = await context.newPage();
  await tab.setViewportSize({ width: 900, height: 420 });
  await tab.goto(shell.url);
  const picker = new ProfilesPage(tab);
  await picker.trySignIn('Pinned Pat', '2468');
  await expectBackAt(tab, fraction);

  // Signed out in the first tab (as after being unused too long): choosing the profile again returns there too.
  await profiles.switchProfile();
  await profiles.trySignIn('Pinned Pat', '2468');
  await expectBackAt(page, fraction);
});
