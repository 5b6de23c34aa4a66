import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mountTinyDisk } from '../support/tinyDisk';
import { startShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { ProfilesPage } from './pages/ProfilesPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * Issue 21, finding 9, on screen: the data folder is a real small disk that fills up while the learner reads.
 * The next heartbeat fails; the app says in words that nothing is being saved, and stops sending beats.
 */
test('a full disk is said on screen, and study time stops being sent', async ({ page }) => {
  const disk = mountTinyDisk(8192);
  const dataDir = path.join(disk.dir, 'data');
  fs.mkdirSync(dataDir);
  const shell = await startShell(dataDir, { coursesDir: makeFixtureCoursesDir() });
  try {
    const beats: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/progress.heartbeat')) beats.push(request.url());
    });
    await page.clock.install();
    await page.goto(shell.url);
    await new ProfilesPage(page).create({ displayName: 'Full Disk' });
    const [moments] = fixtureCourse.modules;
    await new ReaderPage(page).goto(fixtureCourse.id, moments.id, moments.title);
    await expect(page.getByRole('alert')).toHaveCount(0);

    disk.fill();
    await page.keyboard.press('Shift');
    await page.clock.runFor(15_500);
    const alert = page.getByRole('region', { name: 'Your work is not being saved' }).getByRole('alert');
    await expect(alert).toContainText('the disk that holds your records is full');
    await expect(alert).toContainText('Your study is not being recorded.');
    const sent = beats.length;
    await page.keyboard.press('Shift');
    await page.clock.runFor(45_000);
    expect(beats.length).toBe(sent);
  } finally {
    await shell.stop();
    disk.unmount();
  }
});
