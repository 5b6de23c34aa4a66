import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { tabTo } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';

let shell: RunningShell;
const learner = { displayName: 'Library Tester' };

test.beforeAll(async () => {
  shell = await startShell();
});

test.afterAll(async () => {
  expect(await shell.stop()).toBe(0);
});

test('the printed URL opens the start screen, then the library, and a course shows its modules', async ({
  page,
}) => {
  await page.goto(shell.url);
  await expect(page).toHaveURL(`${shell.origin}/`); // the token is traded for a session and leaves the address bar
  await new ProfilesPage(page).enter(learner);
  await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
  const course = page.getByRole('link', { name: 'Ketamine Treatment for Mental Health' });
  await expect(course).toBeVisible();
  await course.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ketamine Treatment for Mental Health' }),
  ).toBeVisible();
  const modules = page.getByRole('region', { name: 'Modules' }).getByRole('listitem');
  await expect(modules).toHaveCount(10);
  await expect(modules.first()).toContainText('Origins, regulation and scope');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
});

test('the library works by keyboard alone', async ({ page }) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).enter(learner);
  await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Ketamine Treatment for Mental Health' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ketamine Treatment for Mental Health' }),
  ).toBeFocused();
});

test('the page opens nothing without the token, and a wrong token is refused', async ({ page }) => {
  await page.goto(`${shell.origin}/`);
  await expect(page.locator('body')).toContainText('access token');
  await expect(page.getByRole('heading', { name: 'Create your profile' })).toHaveCount(0);
  const wrong = await page.goto(`${shell.origin}/?token=not-it`);
  expect(wrong?.status()).toBe(401);
});

test('a broken imported package is listed as unavailable and the app keeps running', async ({ page }) => {
  const broken = path.join(shell.dataDir, 'courses', 'broken-course');
  fs.mkdirSync(broken, { recursive: true });
  fs.writeFileSync(path.join(broken, 'course.yml'), 'format: 1\nid: broken-course\ntitle: [unclosed\n');
  const restarted = await startShell(shell.dataDir);
  try {
    await page.goto(restarted.url);
    await new ProfilesPage(page).enter(learner);
    const card = page.getByRole('listitem').filter({ hasText: 'broken-course' });
    await expect(card).toContainText('cannot be opened');
    await expect(card).toBeVisible();
    await card.getByText('Show the errors').click();
    await expect(card.getByText('course.yml:', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ketamine Treatment for Mental Health' })).toBeVisible();
  } finally {
    await restarted.stop();
  }
});
