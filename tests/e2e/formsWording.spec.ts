import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { bundledCourse, fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { gotoHash } from './pages/appNavigation';
import { AttestationPage } from './pages/AttestationPage';
import { CertificatePage } from './pages/CertificatePage';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { chooseRadioByKeyboard, tabAndEnter, tabTo } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';
import { SettingsPage } from './pages/SettingsPage';

/*
 * Issue 17, forms and wording: the printed name is required before a certificate; the attestation states its rule,
 * fills in nothing unasked and asks about a gap the course does not allow; the agree/disagree items are a grid on
 * wide screens and a list on narrow ones, by keyboard alone; "Select all that apply" appears once; hours read
 * "0.25 hours" everywhere; the module list is numbered, checks finished modules and says "about".
 */
let shell: RunningShell;

test.afterEach(async () => {
  await shell.stop();
});

test('no certificate without the printed name; the attestation asks, never assumes; one way to write hours', async ({
  page,
}) => {
  test.setTimeout(180_000);
  shell = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
  await page.clock.install();
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await expect(profiles.createHeading).toBeVisible();
  const nameField = page.getByLabel('Name as printed on certificates (needed for certificates)');
  await expect(nameField).toHaveAccessibleDescription(
    'Your full name as your licensing board knows it. It is required before a certificate can be issued. ' +
      'You can add it now or later in Settings.',
  );
  await profiles.create({ displayName: 'Nameless' });
  await studyAndPassFixtureCourse(page);

  // The module list: numbered, a check on each finished module, "about" before each estimate.
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();
  const first = home.moduleRow(fixtureCourse.modules[0].title);
  await expect(first).toContainText(/^1\.✓/);
  await expect(first).toContainText('(finished)');
  await expect(first).toContainText(/· about \d+ min$/);
  await expect(page.locator('.module-list')).not.toContainText(/· \d+ min/);

  const evaluation = new EvaluationPage(page, fixtureCourse.id);
  await evaluation.goto();
  await evaluation.answerFixtureItems();
  await evaluation.submit();

  // The attestation: its rule in one sentence, empty boxes, the recorded time one click away.
  const attestation = new AttestationPage(page, fixtureCourse.id);
  await attestation.goto();
  await expect(page.locator('.attestation-rule')).toHaveText(
    'Claim only the time you actually spent, up to the 0.25 hours designated; your recorded study time must ' +
      'reach the minimum for the certificate (9 min), as it now does.',
  );
  await expect(attestation.minutes).toHaveValue('');
  await expect(attestation.hours).toHaveValue('');
  await expect(page.locator('.facts')).toContainText('Most credit you can claim0.25 hours');
  await attestation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText('Enter the minutes you spent');
  await attestation.useRecordedTime.click();
  await expect(attestation.minutes).toHaveValue('15');
  await expect(attestation.hours).toHaveValue('0.25');
  await expect(attestation.confirmUnrecorded).toHaveCount(0);
  // 45 minutes against about 10 recorded: past what the course allows (a quarter of its estimate), so it asks.
  await attestation.claim(45, 0.25);
  await expect(page.locator('#unrecorded-time-gap')).toContainText(
    /^You attest 45 minutes; CE Player recorded \d+\./,
  );
  await expectAccessibleInBothThemes(page, 'attestation asking about time away from CE Player');
  await attestation.confirm.check();
  await attestation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText(
    'Confirm that you spent the time CE Player did not record on this course, or attest less time.',
  );
  await attestation.attest();
  await expect(page.locator('.facts')).toContainText('Credit claimed0.25 hours');

  // The certificate waits for the name, and says where to add it.
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await expect(certificate.missing.getByRole('listitem')).toHaveText([
    'Add your full name as it should be printed on your certificate (Settings, Your details). Add it in Settings',
  ]);
  await expect(page.getByRole('button', { name: 'Issue my certificate' })).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'certificate waiting for the printed name');
  await certificate.missing.getByRole('link', { name: 'Add it in Settings' }).click();
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  const details = settings.region('Your details');
  await details.getByLabel(/^Name as printed on certificates/).fill('Nadia Nameless');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Your details were saved.');
  await expect(details.getByLabel('Name as printed on certificates', { exact: true })).toHaveValue(
    'Nadia Nameless',
  );
  await certificate.goto();
  await certificate.issue();
  await expect(certificate.fact('Name')).toHaveText('Nadia Nameless');
});

test('agree/disagree items: a grid on wide screens, a list on narrow ones, answered by keyboard alone', async ({
  page,
}) => {
  shell = await startShell();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Grid Gail' });
  await gotoHash(page, `#/course/${bundledCourse.id}/evaluation`);
  const evaluation = new EvaluationPage(page, bundledCourse.id);
  await expect(evaluation.heading).toBeVisible();
  const grid = page.locator('.likert-grid').first();
  const header = grid.locator('.likert-header');
  await expect(header).toBeVisible();
  await expect(header).toHaveText(
    /Strongly disagree.*Disagree.*Neither agree nor disagree.*Agree.*Strongly agree/,
  );
  const rows = grid.getByRole('group');
  expect(await rows.count()).toBeGreaterThan(5);
  // One row per statement: every radio of a row on one line, the statement beside them.
  const row = rows.first();
  const boxes = await row
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => Math.round(radio.getBoundingClientRect().top)));
  expect(new Set(boxes).size).toBe(1);
  // The header names the columns; each radio keeps its label for assistive technology, hidden from sight.
  await expect(row.getByRole('radio', { name: 'Strongly disagree', exact: true })).toBeVisible();
  const label = await row.getByText('Strongly disagree', { exact: true }).boundingBox();
  expect(label?.width).toBeLessThanOrEqual(1);
  await expectAccessibleInBothThemes(page, 'evaluation grid, wide');

  // Narrow: a list, each point labelled in words.
  await page.setViewportSize({ width: 560, height: 900 });
  await expect(header).toBeHidden();
  await expect(row.getByText('Strongly disagree', { exact: true })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'evaluation list, narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  // By keyboard: Tab into each row, the arrow keys along it; then the other items and submit.
  for (const group of await page.getByRole('group').all()) {
    const radios = group.getByRole('radio');
    const count = await radios.count();
    if (count === 0) continue;
    await chooseRadioByKeyboard(page, group, radios.nth(Math.min(3, count - 1)));
  }
  for (const box of await page.locator('form.evaluation-form textarea[required]').all()) {
    await tabTo(page, box);
    await page.keyboard.type('Check blood pressure at 40 minutes.');
  }
  await tabAndEnter(page, evaluation.submitButton);
  await expect(evaluation.submittedNotice).toBeVisible();
  await expect(page.locator('.answer-pair')).toContainText('Agree (4 of 5)');
});

test('"Select all that apply" appears once: the stem or the hint, never both', async ({ page }) => {
  const coursesDir = makeFixtureCoursesDir();
  const moduleFile = path.join(coursesDir, fixtureCourse.id, 'modules', '02-technique.md');
  const text = fs.readFileSync(moduleFile, 'utf8');
  fs.writeFileSync(
    moduleFile,
    text.replace('instead of using hand rub? Select all that apply.', 'instead of using hand rub?'),
  );
  shell = await startShell(undefined, { coursesDir });
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Once Only' });
  const technique = fixtureCourse.modules[1];
  const reader = new ReaderPage(page);
  await reader.goto(fixtureCourse.id, technique.id, technique.title);
  await reader.takeQuiz();
  const quiz = new QuizPage(page);
  const group = quiz.group('technique-q1');
  await expect(group.getByText(/select all that apply/i)).toHaveCount(1);
  await expect(group).toHaveAccessibleDescription('Select all that apply.');
  expect(readAnswerKey(fixtureCourse.dir).get('technique-q1')?.stem).toMatch(/Select all that apply\.$/);
});
