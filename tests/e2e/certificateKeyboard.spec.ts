import { expect, test } from '@playwright/test';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { AttestationPage } from './pages/AttestationPage';
import { CertificatePage } from './pages/CertificatePage';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { chooseRadioByKeyboard, setCheckboxByKeyboard, tabAndEnter, tabTo } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';

/* The last steps of a course by keyboard alone, with focus on each new screen's heading. */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
});

test.afterEach(async () => {
  await shell.stop();
});

test('by keyboard alone: the evaluation, the attestation, issuing and saving the PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({
    displayName: 'Keys Only',
    certificateName: 'Kelly Keys',
    credentials: 'LCSW',
  });
  await studyAndPassFixtureCourse(page);
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();

  await tabAndEnter(page, home.remaining.getByRole('link', { name: 'Open the course evaluation' }));
  const evaluation = new EvaluationPage(page, fixtureCourse.id);
  await expect(evaluation.heading).toBeFocused();
  const likert = evaluation.item(/The course met its stated learning objectives/);
  await chooseRadioByKeyboard(page, likert, likert.getByLabel('Strongly agree', { exact: true }));
  const bias = evaluation.item(/free of commercial bias/);
  await chooseRadioByKeyboard(page, bias, bias.getByLabel('Yes', { exact: true }));
  await tabTo(page, page.getByLabel(/What will you change in your practice\?/));
  await page.keyboard.type('Rub, do not wash, unless soiled.');
  await tabAndEnter(page, evaluation.submitButton);
  await expect(evaluation.submittedNotice).toBeVisible();
  await expect(evaluation.heading).toBeFocused();

  await tabAndEnter(page, page.getByRole('link', { name: 'Back to course' }));
  await expect(home.heading).toBeFocused();
  await tabAndEnter(page, home.remaining.getByRole('link', { name: 'Open the attestation' }));
  const attestation = new AttestationPage(page, fixtureCourse.id);
  await expect(attestation.heading).toBeFocused();
  // Nothing is filled in unasked; the recorded time (about 10 minutes, so 15, the least 0.25 hours needs) is a key
  // press away.
  await expect(attestation.minutes).toHaveValue('');
  await tabAndEnter(page, attestation.useRecordedTime);
  await expect(attestation.hours).toHaveValue('0.25');
  await expect(attestation.statement).toContainText('I attest that I spent 15 minutes');
  await setCheckboxByKeyboard(page, attestation.confirm, true);
  await tabAndEnter(page, attestation.submitButton);
  await expect(attestation.attestedNotice).toBeVisible();

  await tabAndEnter(page, page.getByRole('link', { name: 'Continue to your certificate' }));
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await expect(certificate.heading).toBeFocused();
  await tabAndEnter(page, page.getByRole('button', { name: 'Issue my certificate' }));
  await expect(certificate.summary).toBeVisible();
  await expect(certificate.heading).toBeFocused();
  const download = page.waitForEvent('download');
  await tabAndEnter(page, page.getByRole('button', { name: 'Save PDF' }));
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
