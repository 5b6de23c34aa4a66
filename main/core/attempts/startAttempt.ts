import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { startAttemptSchema } from '../../contract/attemptSchemas';
import { CoreError } from '../coreError';
import type { CoursePackage, PostTest, Question } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import type { CourseLibrary } from '../library/courseLibrary';
import { passedModuleQuizzes } from '../completion/passedModuleQuizzes';
import { requireModule } from '../modules/courseModuleRef';
import { countSubmittedAttempts, findOpenAttempt, insertAttempt, nextAttemptNumber } from './attemptRows';
import type { AttemptRow, PresentedQuestion, QuizSlot } from './attemptRows';
import { drawPostTest } from './drawPostTest';
import { shuffled } from './randomOrder';

/** What the learner asks to start: one module's quiz, or the course's post-test. */
export type StartAttemptInput = z.output<typeof startAttemptSchema>;

function present(questions: readonly Question[], shuffleOptions: boolean): PresentedQuestion[] {
  return questions.map((question, index) => {
    // True-false has no options to order; for the others, a fresh order per attempt when shuffling.
    const ids = question.type === 'true-false' ? [] : question.options.map((option) => option.id);
    return {
      position: index + 1,
      questionId: question.id,
      optionOrder: shuffleOptions ? shuffled(ids) : ids,
      correct: null,
    };
  });
}

function requirePostTest(course: CoursePackage): PostTest {
  if (!course.postTest) throw new CoreError('not_found', `The course "${course.title}" has no post-test.`);
  return course.postTest;
}

// The post-test opens once every module quiz of this version is passed, and while attempts remain.
function checkPostTestAllowed(db: LearnerDb, learnerId: string, course: CoursePackage, slot: QuizSlot): void {
  const postTest = requirePostTest(course);
  const passed = passedModuleQuizzes(db, learnerId, course);
  const toPass = course.modules.filter((module) => !passed.has(module.id));
  if (toPass.length > 0) {
    throw new CoreError(
      'forbidden',
      `Pass every module quiz before the post-test: still to pass: ${toPass.map((m) => m.title).join(', ')}.`,
    );
  }
  const used = countSubmittedAttempts(db, learnerId, slot);
  if (postTest.maxAttempts !== null && used >= postTest.maxAttempts) {
    throw new CoreError(
      'forbidden',
      `You have used all ${postTest.maxAttempts} attempts at the post-test for "${course.title}".`,
    );
  }
}

function newAttemptRow(
  learnerId: string,
  slot: QuizSlot,
  number: number,
  passMark: number,
  now: number,
): AttemptRow {
  return {
    id: randomUUID(),
    learner_id: learnerId,
    course_id: slot.courseId,
    course_version: slot.courseVersion,
    kind: slot.kind,
    module_id: slot.moduleId,
    number,
    status: 'open',
    started_at: now,
    submitted_at: null,
    score: null,
    passed: null,
    pass_mark: passMark,
  };
}

/**
 * Resumes the learner's open attempt at this quiz on the installed course version, or starts a new one. A
 * module quiz presents every question of the module, with options shuffled per attempt unless the module sets
 * `shuffle_options: false` (never true-false); the post-test draws its questions at random, by `draw` or exactly
 * to its blueprint (drawPostTest.ts), and shuffles options when the course says so. One immediate transaction,
 * so two windows starting together get the same attempt.
 */
export function startAttempt(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  input: StartAttemptInput,
  now: number,
): { row: AttemptRow; course: CoursePackage } {
  const course = library.get(input.courseId);
  const slot: QuizSlot = {
    courseId: course.id,
    courseVersion: course.version,
    kind: input.kind,
    moduleId: input.kind === 'module' ? requireModule(course, input.moduleId).id : null,
  };
  const row = db
    .transaction((): AttemptRow => {
      requireLearner(db, learnerId);
      const open = findOpenAttempt(db, learnerId, slot);
      if (open) return open;
      let questions: PresentedQuestion[];
      let passMark: number;
      if (input.kind === 'module') {
        const module = requireModule(course, input.moduleId);
        questions = present(module.questions, module.shuffleOptions);
        passMark = course.completion.modulePass;
      } else {
        checkPostTestAllowed(db, learnerId, course, slot);
        const postTest = requirePostTest(course);
        questions = present(drawPostTest(postTest), postTest.shuffleOptions);
        passMark = course.completion.postTestPass;
      }
      const created = newAttemptRow(learnerId, slot, nextAttemptNumber(db, learnerId, slot), passMark, now);
      insertAttempt(db, created, questions);
      return created;
    })
    .immediate();
  return { row, course };
}
