import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildZip, folderEntries } from '../unit/library/zipWriter';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { bundledCourse, fixtureCourse } from './courseFixtures';
import { ProfilesPage } from './pages/ProfilesPage';
import { LibraryPage } from './pages/LibraryPage';
import { tabTo } from './pages/keyboard';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeTempFolder } from '../support/tempFolder';
import { newProviderKey, signedMinimal } from '../unit/library/signingFixtures';

/*
 * "Import a course", behind "Manage courses" on the library screen: a package as a .zip or a whole folder, checked
 * by the core's course validator; a broken package shows its problems as `file:line:column message`; clinic IT can
 * turn import off; each course card says where the course came from.
 */
const brokenPackages = path.resolve(import.meta.dirname, '..', 'fixtures', 'courses');
let shell: RunningShell;

test.beforeEach(async ({ page }) => {
  shell = await startShell(makeDataDir());
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Importer' });
});

test.afterEach(async () => {
  await shell.stop();
});

test('a package imported as a zip joins the library; the same package as a folder is already there', async ({
  page,
}, testInfo) => {
  const library = new LibraryPage(page);
  await expect(library.courseLink(bundledCourse.title)).toBeVisible();
  await expect(library.courseLink(fixtureCourse.title)).toHaveCount(0);
  const zipFile = testInfo.outputPath('hand-hygiene.zip');
  fs.writeFileSync(zipFile, buildZip(folderEntries(fixtureCourse.dir, 'hand-hygiene/')));

  await library.importZip(zipFile);
  await expect(library.importSection.getByRole('status').last()).toHaveText(
    `Imported ${fixtureCourse.title} version 1.0.0.`,
  );
  await expect(library.courseLink(fixtureCourse.title)).toBeVisible();

  await library.importFolder(fixtureCourse.dir);
  await expect(library.importSection.getByRole('status').last()).toHaveText(
    `Already in the library: ${fixtureCourse.title} version 1.0.0.`,
  );
  await library.courseLink(fixtureCourse.title).click();
  await expect(page.getByRole('heading', { level: 1, name: fixtureCourse.title })).toBeVisible();
});

test('import stays behind "Manage courses", which opens and closes by keyboard', async ({ page }) => {
  const library = new LibraryPage(page);
  await expect(library.courseLink(bundledCourse.title)).toBeVisible();
  await expect(library.importSection).toHaveCount(0);
  await expect(library.manageButton).toHaveAttribute('aria-expanded', 'false');
  await tabTo(page, library.manageButton);
  await page.keyboard.press('Enter');
  await expect(library.manageButton).toHaveAttribute('aria-expanded', 'true');
  await expect(library.importSection).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(library.importSection.getByLabel('Course package (.zip)')).toBeFocused();
  await library.manageButton.focus();
  await page.keyboard.press('Space');
  await expect(library.importSection).toHaveCount(0);
});

test('each course says where it came from and who signed it, axe-clean with "Manage courses" open', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const bundled = library.courseCard(bundledCourse.title);
  await expect(bundled.getByRole('definition')).toContainText(['Came with CE Player', 'None']);
  const provider = newProviderKey();
  const signedCopy = signedMinimal(makeTempFolder('ce-player-signed-'), provider);
  await library.importFolder(signedCopy);
  await expect(library.importSection).toContainText(`Imported ${fixtureCourse.title} version 1.0.0.`);
  const imported = library.courseCard(fixtureCourse.title);
  await expect(imported.getByRole('definition').filter({ hasText: 'Imported by' })).toHaveText(
    /^Imported by Importer on .+\d/,
  );
  await expect(imported.getByRole('definition').filter({ hasText: 'Valid, by key' })).toHaveText(
    `Valid, by key ${provider.did}`,
  );
  await expectAccessibleInBothThemes(page, 'library: origins, a signed import, "Manage courses" open');
});

test('a course folder is imported with the paths inside it', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.importFolder(fixtureCourse.dir);
  await expect(library.importSection).toContainText(`Imported ${fixtureCourse.title} version 1.0.0.`);
  await expect(library.courseLink(fixtureCourse.title)).toBeVisible();
});

test('a broken package is refused with its problems as file:line:column lines', async ({
  page,
}, testInfo) => {
  const library = new LibraryPage(page);
  await library.importFolder(path.join(brokenPackages, 'yaml-syntax-error'));
  const alert = library.importSection.getByRole('alert');
  await expect(alert).toContainText('The course was not imported.');
  await expect(alert.getByRole('listitem').first()).toContainText(/course\.yml:4:8 .*YAML syntax error/);

  const zipFile = testInfo.outputPath('image-missing.zip');
  fs.writeFileSync(zipFile, buildZip(folderEntries(path.join(brokenPackages, 'image-missing'))));
  await library.importZip(zipFile);
  await expect(alert.getByRole('listitem')).toContainText([
    /modules\/02-technique\.md:11:26 Image "\.\.\/assets\/steps\.png" not found/,
  ]);
  await expect(page.getByRole('region', { name: 'Courses' }).getByRole('listitem')).toHaveCount(1);
});

test('when clinic IT turned import off, the core says so', async ({ page }, testInfo) => {
  const config = testInfo.outputPath('config.json');
  fs.writeFileSync(config, JSON.stringify({ allowCourseImport: false }));
  const managed = await startShell(makeDataDir(), { env: { CE_PLAYER_CONFIG: config } });
  try {
    await page.goto(managed.url);
    await new ProfilesPage(page).create({ displayName: 'Clinic Learner' });
    const library = new LibraryPage(page);
    await library.openManage();
    await expect(page.getByRole('status').filter({ hasText: 'Importing courses is turned off' })).toHaveText(
      'Importing courses is turned off on this computer by its administrator. Ask your clinic IT to add the course.',
    );
    await expect(library.importSection).toHaveCount(0);
    await expect(library.courseLink(fixtureCourse.title)).toHaveCount(0);
  } finally {
    await managed.stop();
  }
});
