import { expect, type Page } from '@playwright/test';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse } from './courseFixtures';
import { AttestationPage } from './pages/AttestationPage';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/**
 * The fixture course needs 9 minutes of recorded study (half its estimate of about 18 minutes); 5 minutes in
 * each of its two modules is enough.
 */
export const studyMinutesPerModule = 5;

/** One module of the fixture course, as a learner does it: read it to the end, then pass its quiz. */
export async function readAndPassModule(
  page: Page,
  module: (typeof fixtureCourse.modules)[number],
): Promise<void> {
  const reader = new ReaderPage(page);
  const quiz = new QuizPage(page);
  await reader.goto(fixtureCourse.id, module.id, module.title);
  await reader.readToEnd();
  await reader.takeQuiz();
  await quiz.answerAll(readAnswerKey(fixtureCourse.dir));
  await quiz.submit();
  await quiz.expectPassed();
}

/**
 * The learning part of the fixture course, as a learner does it: read each module to the end while studying it
 * long enough to be credited, pass its quiz, then pass the post-test. Needs the page clock installed and a shell
 * with `clockRate` (see ReaderPage.recordStudyTime).
 */
export async function studyAndPassFixtureCourse(page: Page): Promise<void> {
  const key = readAnswerKey(fixtureCourse.dir);
  const reader = new ReaderPage(page);
  const quiz = new QuizPage(page);
  for (const module of fixtureCourse.modules) {
    await reader.goto(fixtureCourse.id, module.id, module.title);
    await reader.readToEnd();
    await reader.recordStudyTime(studyMinutesPerModule);
    await reader.takeQuiz();
    await quiz.answerAll(key);
    await quiz.submit();
    await quiz.expectPassed();
  }
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();
  await home.startPostTest();
  await expect(
    page.getByRole('heading', { level: 1, name: `Post-test: ${fixtureCourse.title}` }),
  ).toBeVisible();
  await quiz.answerAll(key);
  await quiz.submit();
  await quiz.expectPassed();
}

/**
 * Everything the fixture course asks after the learning: submits the evaluation and attests 20 minutes for its
 * 0.25 hours, so the certificate can be issued. Needs the study time `studyAndPassFixtureCourse` records.
 */
export async function evaluateAndAttestFixtureCourse(page: Page): Promise<void> {
  const evaluation = new EvaluationPage(page, fixtureCourse.id);
  await evaluation.goto();
  await evaluation.answerFixtureItems();
  await evaluation.submit();
  const attestation = new AttestationPage(page, fixtureCourse.id);
  await attestation.goto();
  await attestation.claim(20, 0.25);
  await attestation.attest();
}
