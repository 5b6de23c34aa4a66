import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { gotoHash } from './pages/appNavigation';
import { AttestationPage } from './pages/AttestationPage';
import { CertificatePage } from './pages/CertificatePage';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { LibraryPage } from './pages/LibraryPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';
import { SettingsPage } from './pages/SettingsPage';
import { TranscriptPage } from './pages/TranscriptPage';
import { VerifyPage } from './pages/VerifyPage';

/* axe (WCAG 2.1 A and AA) on every screen, in the light and the dark theme, with real content from the core. */
const brokenPackages = path.resolve(import.meta.dirname, '..', 'fixtures', 'courses');
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
  await expect(home.postTest.getByRole('button', { name: 'Start the post-test' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectAccessibleInBothThemes(page, 'course home, first start, post-test locked');
  await page.getByRole('button', { name: 'About this activity' }).click();
  await expectAccessibleInBothThemes(page, 'course home, a section folded');

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

test('verify (signed out), course import problems, transcript, and the completion steps before the work', async ({
  page,
}, testInfo) => {
  await page.goto(shell.url);
  await page.getByRole('link', { name: 'Verify a certificate' }).last().click();
  const verify = new VerifyPage(page);
  await expect(verify.heading).toBeVisible();
  await verify.check({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') });
  await verify.expectNotValid();
  await expectAccessibleInBothThemes(page, 'verify: not valid (signed out)');

  await page.goBack();
  await new ProfilesPage(page).create({ displayName: 'Axe Steps' });
  const library = new LibraryPage(page);
  await library.importFolder(path.join(brokenPackages, 'yaml-syntax-error'));
  await expect(library.importSection.getByRole('alert')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'library with import problems');

  const transcript = new TranscriptPage(page);
  await transcript.open();
  const notRecords = testInfo.outputPath('not-records.json');
  fs.writeFileSync(notRecords, '[]');
  await page.getByLabel('Records file').setInputFiles(notRecords);
  await page.getByRole('button', { name: 'Import records' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'transcript, empty, with an import refusal');

  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await expect(certificate.missing).toBeVisible();
  await expectAccessibleInBothThemes(page, 'certificate: what is missing');

  const evaluation = new EvaluationPage(page, fixtureCourse.id);
  await evaluation.goto();
  await evaluation.submitButton.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'evaluation form with the core message');

  const attestation = new AttestationPage(page, fixtureCourse.id);
  await attestation.goto();
  await expect(attestation.studyFirstNotice).toBeVisible();
  await expectAccessibleInBothThemes(page, 'attestation before the minimum study time');
});

test('evaluation and attestation submitted, certificate issued, transcript and verify: valid', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const clocked = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
  try {
    await page.clock.install();
    await page.goto(clocked.url);
    await new ProfilesPage(page).create({
      displayName: 'Axe Certificate',
      certificateName: 'Alex Certificate',
      credentials: 'RN',
    });
    await studyAndPassFixtureCourse(page);
    const evaluation = new EvaluationPage(page, fixtureCourse.id);
    await evaluation.goto();
    await evaluation.answerFixtureItems();
    await evaluation.submit();
    await expectAccessibleInBothThemes(page, 'evaluation submitted');
    const attestation = new AttestationPage(page, fixtureCourse.id);
    await attestation.goto();
    await attestation.claim(20, 0.25);
    await attestation.submitButton.click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessibleInBothThemes(page, 'attestation form');
    await attestation.attest();
    await expectAccessibleInBothThemes(page, 'attestation recorded');

    const certificate = new CertificatePage(page, fixtureCourse.id);
    await certificate.goto();
    await expect(page.getByRole('button', { name: 'Issue my certificate' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'certificate ready to issue');
    await certificate.issue();
    await page.getByText('Correct my name').click();
    const pdf = testInfo.outputPath('certificate.pdf');
    await (await certificate.download('Save PDF')).saveAs(pdf);
    await expect(page.getByRole('status').filter({ hasText: 'downloading' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'certificate issued');

    const transcript = new TranscriptPage(page);
    await transcript.open();
    await expect(transcript.rows).toHaveCount(1);
    await expectAccessibleInBothThemes(page, 'transcript with a certificate');
    const unsigned = testInfo.outputPath('unsigned-records.json');
    fs.writeFileSync(
      unsigned,
      JSON.stringify({
        format: 'ce-player.attempt-records',
        formatVersion: 1,
        attempts: [],
        evaluations: [],
        attestations: [
          {
            courseId: fixtureCourse.id,
            courseVersion: '1.0.0',
            claimedHours: 0.25,
            attestedMinutes: 20,
            statement: 'I attest.',
            attestedAt: Date.now(),
          },
        ],
      }),
    );
    await transcript.importRecords(unsigned);
    await expect(transcript.unverifiedImports).toBeVisible();
    await expectAccessibleInBothThemes(page, 'transcript with an unverified import');

    const verify = new VerifyPage(page);
    await verify.open();
    await verify.check(pdf);
    await verify.expectValid();
    await expectAccessibleInBothThemes(page, 'verify: valid');
  } finally {
    await clocked.stop();
  }
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
