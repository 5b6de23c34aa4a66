import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeDataDir, startShell } from './browserShell';
import { readAnswerKey } from './courseAnswerKey';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';
import { QuizPage } from './pages/QuizPage';
import { ReaderPage } from './pages/ReaderPage';

/*
 * A new version of a course whose module text changed: the learner's progress is kept, and the changed module
 * is marked "changed since your last visit" on the course home and in the reader.
 */
test('a module changed in a new course version is marked for review', async ({ page }) => {
  const coursesDir = makeFixtureCoursesDir();
  const dataDir = makeDataDir();
  const [moments] = fixtureCourse.modules;
  const learner = { displayName: 'Update Tester' };
  const first = await startShell(dataDir, { coursesDir });
  try {
    await page.goto(first.url);
    await new ProfilesPage(page).create(learner);
    const reader = new ReaderPage(page);
    await reader.goto(fixtureCourse.id, moments.id, moments.title);
    await reader.readToEnd();
    await reader.takeQuiz();
    const quiz = new QuizPage(page);
    await quiz.answerAll(readAnswerKey(fixtureCourse.dir));
    await quiz.submit();
    await quiz.expectPassed();
  } finally {
    await first.stop();
  }

  const packageDir = path.join(coursesDir, fixtureCourse.id);
  const manifest = path.join(packageDir, 'course.yml');
  fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('version: 1.0.0', 'version: 1.1.0'));
  const moduleFile = path.join(packageDir, 'modules', '01-moments.md');
  const text = fs.readFileSync(moduleFile, 'utf8');
  fs.writeFileSync(
    moduleFile,
    text.replace(
      '## Why the moments matter',
      'Gloves do not replace hand hygiene.\n\n## Why the moments matter',
    ),
  );

  const second = await startShell(dataDir, { coursesDir });
  try {
    await page.goto(second.url);
    await new ProfilesPage(page).enter(learner);
    const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
    await home.goto();
    await expect(home.moduleRow(moments.title)).toContainText('Changed since your last visit');
    await expect(home.moduleRow(fixtureCourse.modules[1].title)).not.toContainText(
      'Changed since your last visit',
    );
    await home.openModule(moments.title);
    await expect(page.getByText('This module changed since your last visit.')).toBeVisible();
  } finally {
    await second.stop();
  }
});
