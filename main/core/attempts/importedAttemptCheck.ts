import { CoreError } from '../coreError';
import type { CoursePackage, Question } from '../course/courseTypes';
import type { CourseLibrary } from '../library/courseLibrary';
import { requireInstalledVersion } from '../records/installedCourseVersion';
import { showsOptionsOf } from './attemptCourse';
import type { ExportedAttempt } from './attemptRecordsFormat';
import { isAnswerCorrect } from './gradeAttempt';

/*
 * An imported pass counts toward a signed certificate. Only a records file signed by a trusted installation gets
 * this far, and even then an imported attempt is held to the installed course version it was taken on, as if it
 * were graded here (the signer may run an older build, or a course changed without a new version): the file's
 * own consistency (score from the graded questions, result from score and pass mark) is checked when it is read,
 * and this check ties the grades to the course's answer key and rules.
 */

/** The quiz an attempt was taken at, as the course version defines it. */
interface QuizRules {
  title: string;
  questions: readonly Question[];
  /** How many questions an attempt presents: all of a module's, or the post-test's draw. */
  presented: number;
  passMark: number;
}

function quizRules(course: CoursePackage, attempt: ExportedAttempt): QuizRules | null {
  if (attempt.kind === 'module') {
    const module = course.modules.find((candidate) => candidate.id === attempt.moduleId);
    if (!module) return null;
    const { questions } = module;
    return {
      title: `the "${module.title}" quiz`,
      questions,
      presented: questions.length,
      passMark: course.completion.modulePass,
    };
  }
  if (!course.postTest) return null;
  const { questions, draw } = course.postTest;
  return { title: 'the post-test', questions, presented: draw, passMark: course.completion.postTestPass };
}

// The same mismatch comes from a file edited after export or from a course changed without a new version number,
// so the message names both rather than accusing the learner.
function notImported(attempt: string, mismatch: string): CoreError {
  return new CoreError(
    'invalid_input',
    `${attempt} ${mismatch}: the file was changed after it was exported, or the course was changed without a new ` +
      'version number. Nothing was imported.',
  );
}

/**
 * Checks an exported attempt against the installed version of its course before it is imported: the quiz and its
 * questions exist as they were shown, the pass mark is the course's, and every presented question is graded as
 * the course's answer key grades its saved answer. Throws a CoreError naming the quiz otherwise, so that the
 * caller's transaction imports nothing.
 */
export function checkImportedAttempt(library: CourseLibrary, attempt: ExportedAttempt): void {
  const course = requireInstalledVersion(library, attempt.courseId, attempt.courseVersion, 'quiz results');
  const quiz = quizRules(course, attempt);
  const which = `Attempt ${attempt.number} at ${quiz?.title ?? 'a quiz'} of "${course.title}"`;
  const bank = new Map((quiz?.questions ?? []).map((question) => [question.id, question]));
  const shown = attempt.questions;
  const fitsCourse =
    quiz !== null &&
    shown.length === quiz.presented &&
    new Set(shown.map((presented) => presented.questionId)).size === shown.length &&
    shown.every((presented) => {
      const question = bank.get(presented.questionId);
      return question !== undefined && showsOptionsOf(question, presented.optionOrder);
    });
  if (!fitsCourse) {
    throw notImported(which, "does not match that course version's questions");
  }
  if (attempt.passMark !== quiz.passMark) {
    throw notImported(which, 'has a pass mark the course does not set');
  }
  if (attempt.status === 'open') return;
  const answers = new Map(attempt.answers.map((saved) => [saved.questionId, saved.answer]));
  const regraded = shown.every(
    (presented) =>
      isAnswerCorrect(bank.get(presented.questionId) as Question, answers.get(presented.questionId)) ===
      presented.correct,
  );
  if (!regraded) {
    throw notImported(which, 'is graded differently from its answers');
  }
}
