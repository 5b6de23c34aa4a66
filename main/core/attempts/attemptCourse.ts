import { CoreError } from '../coreError';
import type { CourseModule, CoursePackage, Question } from '../course/courseTypes';
import type { CourseLibrary } from '../library/courseLibrary';
import type { AttemptRow, PresentedQuestion } from './attemptRows';

/*
 * An attempt is graded against the course version it was started on. The library keeps older versions installed
 * beside newer ones, so such an attempt can still be finished; one whose version was removed says so.
 */

function versionGone(row: AttemptRow): CoreError {
  return new CoreError(
    'conflict',
    `This quiz belongs to version ${row.course_version} of the course, which is no longer installed; start it again.`,
  );
}

/** The installed course package of the attempt's version, or a conflict that says to start again. */
export function courseForAttempt(library: CourseLibrary, row: AttemptRow): CoursePackage {
  const course = library.findVersion(row.course_id, row.course_version);
  if (!course) throw versionGone(row);
  return course;
}

/** The module an attempt is the quiz of, or null for the post-test. */
export function moduleOfAttempt(course: CoursePackage, row: AttemptRow): CourseModule | null {
  if (row.kind !== 'module') return null;
  const module = course.modules.find((candidate) => candidate.id === row.module_id);
  if (!module) throw changedWithoutNewVersion();
  return module;
}

function changedWithoutNewVersion(): CoreError {
  return new CoreError(
    'conflict',
    'This quiz no longer matches the installed course (its questions changed without a new course version); ' +
      'start it again.',
  );
}

/** Every question the attempt could have drawn from (the module's quiz or the post-test bank), by id. */
export function questionBank(course: CoursePackage, row: AttemptRow): Map<string, Question> {
  const questions =
    row.kind === 'module'
      ? (moduleOfAttempt(course, row)?.questions ?? [])
      : (course.postTest?.questions ?? []);
  return new Map(questions.map((question) => [question.id, question]));
}

/**
 * The package question behind a presented one. Fails when the question or its options no longer match what the
 * learner was shown, so an answer is never graded against a different key than the one for the shown options.
 */
export function questionFor(bank: Map<string, Question>, presented: PresentedQuestion): Question {
  const question = bank.get(presented.questionId);
  if (!question || !showsOptionsOf(question, presented.optionOrder)) throw changedWithoutNewVersion();
  return question;
}

/** The attempt's title: the module's title, or "Post-test: <course title>". */
export function attemptTitle(course: CoursePackage, row: AttemptRow): string {
  return row.kind === 'module' ? (moduleOfAttempt(course, row)?.title ?? '') : `Post-test: ${course.title}`;
}

/** Whether `optionOrder` shows exactly the question's options (none for true-false), in any order. */
export function showsOptionsOf(question: Question, optionOrder: readonly string[]): boolean {
  const packageIds = question.type === 'true-false' ? [] : question.options.map((option) => option.id);
  const shown = new Set(optionOrder);
  return shown.size === packageIds.length && packageIds.every((id) => shown.has(id));
}
