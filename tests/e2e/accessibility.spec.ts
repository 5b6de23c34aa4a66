import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { gotoHash } from './pages/appNavigation';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';
import { SettingsPage } from './pages/SettingsPage';

/* axe (WCAG 2.1 A and AA) on every screen, in the light and the dark theme, with real content from the core. */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(undefined, { coursesDir: makeFixtureCoursesDir() });
});

test.afterEach(async () => {
  await shell.stop();
});

test('profile screens, library, course home and settings', async ({ page }) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await expect(profiles.createHeading).toBeVisible();
  await expectAccessibleInBothThemes(page, 'create your profile');
  await profiles.create({ displayName: 'Axe Tester', pin: '1234' });
  await expectAccessibleInBothThemes(page, 'library');

  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();
  await home.startPostTest(); // refused: shows the core's message as an alert
  await expect(home.postTest.getByRole('alert')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'course home');

  const settings = new SettingsPage(page);
  await settings.open();
  await expectAccessibleInBothThemes(page, 'settings');

  await profiles.switchProfile();
  await profiles.trySignIn('Axe Tester', '0000');
  await expect(profiles.alert).toContainText('That PIN is not right');
  await expectAccessibleInBothThemes(page, 'profile picker with a wrong PIN');
});

test('reader, quiz, results, references, search and dashboard', async ({ page }) => {
  const key = readAnswerKey(fixtureCourse.dir);
  const [moments, technique] = fixtureCourse.modules;
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Axe Reader' });
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, moments.id, moments.title);
  await reader.contents.getByRole('link', { name: 'Why the moments matter' }).click();
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await reader.notes.fill('A note.');
  await expect(page.locator('.autosave-status')).toHaveText('Saved');
  await expectAccessibleInBothThemes(page, 'reader');
  await reader.goto(fixtureCourse.id, technique.id, technique.title);
  await expectAccessibleInBothThemes(page, 'reader with an image and a table');

  await reader.takeQuiz();
  const quiz = new QuizPage(page);
  await expectAccessibleInBothThemes(page, 'open quiz');
  await quiz.submitButton.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'submit confirmation');
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(quiz.resultHeading).toBeVisible();
  await expectAccessibleInBothThemes(page, 'failed quiz results');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await quiz.answerAll(key);
  await quiz.submit();
  await expectAccessibleInBothThemes(page, 'passed quiz results');

  await gotoHash(page, `#/course/${fixtureCourse.id}/references`);
  await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
  await expect(page.locator('.references li').first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'references');

  await gotoHash(page, `#/course/${fixtureCourse.id}/search?q=hand`);
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'search results');

  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(page.getByRole('img', { name: /Quiz scores/ })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'dashboard');
});

test('the start-up notice banner', async ({ page }) => {
  const dataDir = makeDataDir();
  const first = await startShell(dataDir);
  await first.stop();
  for (const file of fs.readdirSync(dataDir)) {
    if (file.startsWith('ce-player.sqlite')) fs.rmSync(path.join(dataDir, file));
  }
  const restored = await startShell(dataDir);
  try {
    await page.goto(restored.url);
    await expect(page.getByRole('region', { name: 'Notices' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'notice banner');
  } finally {
    await restored.stop();
  }
});
