import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startShell } from '../e2e/browserShell';
import { readAnswerKey } from '../e2e/courseAnswerKey';
import { bundledCourse } from '../e2e/courseFixtures';
import { gotoHash } from '../e2e/pages/appNavigation';
import { AttestationPage } from '../e2e/pages/AttestationPage';
import { CertificatePage } from '../e2e/pages/CertificatePage';
import { CoursePage } from '../e2e/pages/CoursePage';
import { ProfilesPage } from '../e2e/pages/ProfilesPage';
import { QuizPage } from '../e2e/pages/QuizPage';
import { ReaderPage } from '../e2e/pages/ReaderPage';

/*
 * The learner's way through the bundled course, photographed: the reader part-way through module 3, that module's
 * quiz result, the course home with three modules done, and the certificate screen once issued. Each picture is
 * saved as docs/screens/<screen>-<label>.png, the label from CE_PLAYER_SCREENS_LABEL ("after" unless set).
 */
const screensDir = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screens');
const label = process.env.CE_PLAYER_SCREENS_LABEL ?? 'after';
/** Recorded study per module: ten of these reach the course's minimum (half its estimate of about 5 hours). */
const studyMinutesPerModule = 17;

async function save(page: Page, screen: string, fullPage: boolean): Promise<void> {
  // Fonts and images settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(screensDir, `${screen}-${label}.png`), fullPage });
}

/** Answers every item of an evaluation: the fourth point of each scale (or the first choice), a line of text. */
async function answerEvaluation(page: Page): Promise<void> {
  await gotoHash(page, `#/course/${bundledCourse.id}/evaluation`);
  await expect(page.getByRole('button', { name: 'Submit the evaluation' })).toBeVisible();
  for (const group of await page.locator('form.evaluation-form fieldset').all()) {
    const radios = group.getByRole('radio');
    await radios.nth(Math.min(3, (await radios.count()) - 1)).check();
  }
  for (const box of await page.locator('form.evaluation-form textarea').all()) {
    await box.fill('Screen dissociation and blood pressure with the scales from module 7.');
  }
  await page.getByRole('button', { name: 'Submit the evaluation' }).click();
  await expect(page.getByText(/^Submitted on /)).toBeVisible();
}

test('the bundled course, from a new profile to an issued certificate', async ({ page }) => {
  const shell = await startShell(undefined, { clockRate: 60 });
  try {
    const key = readAnswerKey(bundledCourse.dir);
    const home = new CoursePage(page, bundledCourse.id, bundledCourse.title);
    const reader = new ReaderPage(page);
    const quiz = new QuizPage(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.clock.install();
    await page.goto(shell.url);
    await new ProfilesPage(page).create({
      displayName: 'Dana',
      certificateName: 'Dana Whitfield',
      credentials: 'RN, MSN',
    });
    await home.goto();
    await home.acknowledgeDisclosures();
    const titles = await home.modules.locator('a.module-title').allTextContents();

    for (const [index, title] of titles.entries()) {
      await home.goto();
      await home.openModule(title);
      await reader.recordStudyTime(studyMinutesPerModule);
      if (index === 2) {
        await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight * 0.3 }));
        await page.waitForResponse((response) => response.url().endsWith('/api/progress.savePosition'));
        await save(page, 'reader', false);
      }
      await reader.readToEnd();
      await reader.takeQuiz();
      await quiz.answerAll(key);
      await quiz.submit();
      await quiz.expectPassed();
      if (index === 2) {
        await save(page, 'quiz-result', true);
        await home.goto();
        await save(page, 'course-home', true);
      }
    }

    await home.goto();
    await home.startPostTest();
    await expect(page.getByRole('heading', { level: 1, name: /^Post-test: / })).toBeVisible();
    await quiz.answerAll(key);
    await quiz.submit();
    await quiz.expectPassed();

    await answerEvaluation(page);
    const attestation = new AttestationPage(page, bundledCourse.id);
    await attestation.goto();
    await attestation.claim(300, 5);
    await attestation.attest();
    const certificate = new CertificatePage(page, bundledCourse.id);
    await certificate.goto();
    await certificate.issue();
    await save(page, 'certificate-screen', true);
  } finally {
    await shell.stop();
  }
});
