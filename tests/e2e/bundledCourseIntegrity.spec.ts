import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startShell } from './browserShell';
import { bundledCourse, fixtureCourse } from './courseFixtures';
import { makeTempFolder } from '../support/tempFolder';
import { ProfilesPage } from './pages/ProfilesPage';
import { LibraryPage } from './pages/LibraryPage';

/*
 * Issue 21, finding 12: a per-user install lets its user edit the bundled course files beside the app. The build
 * records every bundled file's SHA-256 in the main-process bundle, and the app refuses a bundled package that no
 * longer matches, naming the file. Here the built shell runs from a copy of the app laid out as an install is, and
 * its copy of the bundled course is edited.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** A copy of the built app: its own dist/main and courses, the rest linked to the repository's. */
function installedCopy(): { appRoot: string; courseDir: string } {
  const appRoot = makeTempFolder('ce-player-install-');
  fs.cpSync(path.join(repoRoot, 'dist', 'main'), path.join(appRoot, 'dist', 'main'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'dist', 'renderer'), path.join(appRoot, 'dist', 'renderer'));
  fs.cpSync(path.join(repoRoot, 'courses'), path.join(appRoot, 'courses'), { recursive: true });
  fs.mkdirSync(path.join(appRoot, 'build'));
  fs.symlinkSync(path.join(repoRoot, 'build', 'fonts'), path.join(appRoot, 'build', 'fonts'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(appRoot, 'node_modules'));
  return { appRoot, courseDir: path.join(appRoot, 'courses', path.basename(bundledCourse.dir)) };
}

test('an edited bundled course is refused with the file named; the other courses still play', async ({
  page,
}) => {
  const { appRoot, courseDir } = installedCopy();
  const moduleFile = fs.readdirSync(path.join(courseDir, 'modules')).sort()[2] ?? '';
  const edited = path.join(courseDir, 'modules', moduleFile);
  fs.appendFileSync(edited, '\nThe intravenous dose is 5 mg/kg rapid push.\n');
  const coursesDir = makeTempFolder('ce-player-preloaded-');
  fs.cpSync(fixtureCourse.dir, path.join(coursesDir, fixtureCourse.id), { recursive: true });
  const shell = await startShell(undefined, { appRoot, coursesDir });
  try {
    await page.goto(shell.url);
    await new ProfilesPage(page).create({ displayName: 'Integrity Tester' });
    const library = new LibraryPage(page);
    const card = page.getByRole('listitem').filter({ hasText: 'cannot be opened' });
    await expect(card).toContainText(bundledCourse.id);
    await card.getByText('Show the errors').click();
    await expect(card.getByRole('listitem')).toHaveText(
      new RegExp(
        `^modules/${moduleFile.replace('.', '\\.')}:1:1 "modules/${moduleFile.replace('.', '\\.')}" was changed after ` +
          'this copy of CE Player was built, so the bundled course "ketamine-therapy" is not the one it shipped with\\.',
      ),
    );
    await expect(library.courseLink(bundledCourse.title)).toHaveCount(0);
    await expect(library.courseLink(fixtureCourse.title)).toBeVisible();
  } finally {
    await shell.stop();
  }
});

test('the same copy, unedited, plays its bundled course', async ({ page }) => {
  const { appRoot } = installedCopy();
  const shell = await startShell(undefined, { appRoot });
  try {
    await page.goto(shell.url);
    await new ProfilesPage(page).create({ displayName: 'Integrity Tester' });
    await expect(new LibraryPage(page).courseLink(bundledCourse.title)).toBeVisible();
  } finally {
    await shell.stop();
  }
});
