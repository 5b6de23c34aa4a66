import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { evaluateAndAttestFixtureCourse, studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { CertificatePage } from './pages/CertificatePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { TranscriptPage } from './pages/TranscriptPage';
import { VerifyPage } from './pages/VerifyPage';

/*
 * After a certificate: correcting the name (which supersedes it), the transcript with its downloads, and moving
 * every record to another computer.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
});

test.afterEach(async () => {
  await shell.stop();
});

test('a corrected name supersedes the certificate; the transcript lists both and exports them', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({
    displayName: 'Jon',
    certificateName: 'Jon Smiht',
    credentials: 'MD',
  });
  await studyAndPassFixtureCourse(page);
  await evaluateAndAttestFixtureCourse(page);
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await certificate.issue();
  const oldCode = (await certificate.fact('Verification code').textContent()) ?? '';
  const oldPdf = testInfo.outputPath('old.pdf');
  await (await certificate.download('Save PDF')).saveAs(oldPdf);

  await certificate.correctName('Jon Smith');
  await expect(certificate.fact('Name')).toHaveText('Jon Smith, MD');
  await expect(certificate.fact('Replaces certificate')).not.toBeEmpty();
  await expect(certificate.fact('Verification code')).not.toHaveText(oldCode);

  const transcript = new TranscriptPage(page);
  await transcript.open();
  await expect(transcript.rows).toHaveCount(2);
  await expect(transcript.rows.filter({ hasText: 'Superseded' })).toContainText(oldCode);
  await expect(transcript.rows.filter({ hasText: 'Current' })).toHaveCount(1);
  const csv = await transcript.download('Download transcript (CSV)');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvFile = testInfo.outputPath('transcript.csv');
  await csv.saveAs(csvFile);
  expect(fs.readFileSync(csvFile, 'utf8')).toContain('Jon Smith');
  const xapi = await transcript.download('Download learning record (xAPI, JSON)');
  const xapiFile = testInfo.outputPath('xapi.json');
  await xapi.saveAs(xapiFile);
  expect(Array.isArray(JSON.parse(fs.readFileSync(xapiFile, 'utf8')))).toBe(true);
  expect((await transcript.download('Download transcript (JSON)')).suggestedFilename()).toMatch(/\.json$/);

  // The old certificate's page says it was replaced; the old PDF still verifies, with the replacement named.
  await transcript.rows.filter({ hasText: 'Superseded' }).getByRole('link').click();
  await expect(page.getByText('This certificate was replaced by a corrected one')).toBeVisible();
  await expect(page.getByText('Correct my name')).toHaveCount(0);
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.check(oldPdf);
  await verify.expectValid();
  await expect(verify.result).toContainText('This installation replaced this certificate');

  // Every record out, signed by this computer. Back in on this computer the file is verified and adds nothing new.
  await transcript.open();
  await expect(page.getByText(/exported here are signed by this computer/)).toContainText('did:key:z6Mk');
  const records = await transcript.download('Export all my records');
  const recordsFile = testInfo.outputPath('records.json');
  await records.saveAs(recordsFile);
  await transcript.importRecords(recordsFile);
  await expect(transcript.importCounts).toContainText('Verified: signed by this computer.');
  await expect(transcript.count('Quiz attempts')).toHaveText('0');

  // On a computer that does not trust this one, the same file is kept as history only: it counts for nothing.
  const otherComputer = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir() });
  try {
    await page.goto(otherComputer.url);
    await new ProfilesPage(page).create({ displayName: 'Jon' });
    await transcript.open();
    await transcript.importRecords(recordsFile);
    await expect(transcript.importUnverified).toContainText(
      'Imported, not verified: counts toward no certificate.',
    );
    const imported = transcript.unverifiedImports;
    await expect(imported).toContainText('signed by a computer this one does not trust');
    const row = imported
      .getByRole('table', { name: 'What the file states (not verified)' })
      .locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(fixtureCourse.title);
    await expect(transcript.rows).toHaveCount(0);
    await transcript.importRecords(recordsFile);
    await expect(transcript.importUnverified).toContainText('already imported as unverified history');
    await expect(imported.getByRole('heading', { level: 3 })).toHaveCount(1);
  } finally {
    await otherComputer.stop();
  }
});
