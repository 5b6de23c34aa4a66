import type { LearnerAnswer } from '../../contract/attemptSchemas';
import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { courseForAttempt, questionBank, questionFor } from './attemptCourse';
import { readPresentedQuestions, requireAttemptRow, upsertAnswer } from './attemptRows';
import { readLearnerAnswer } from './learnerAnswerShape';

/** One answer the learner gives to a question of one of their attempts. */
export interface AnswerInput {
  attemptId: string;
  questionId: string;
  answer: LearnerAnswer;
}

/**
 * Saves one answer at once, in its own transaction (synchronous=FULL makes the commit durable), so closing the
 * app or a crash mid-quiz loses nothing already answered. The answer must fit the question; a submitted attempt
 * is final and refuses changes.
 */
export function saveAttemptAnswer(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  input: AnswerInput,
  now: number,
): { savedAt: number } {
  return db
    .transaction(() => {
      const row = requireAttemptRow(db, learnerId, input.attemptId);
      if (row.status === 'submitted') {
        throw new CoreError(
          'conflict',
          'This attempt was already submitted; its answers can no longer change.',
        );
      }
      const presented = readPresentedQuestions(db, row.id).find((q) => q.questionId === input.questionId);
      if (!presented) throw new CoreError('not_found', 'That question is not part of this attempt.');
      const question = questionFor(questionBank(courseForAttempt(library, row), row), presented);
      upsertAnswer(db, row.id, question.id, readLearnerAnswer(question, input.answer), now);
      return { savedAt: now };
    })
    .immediate();
}
