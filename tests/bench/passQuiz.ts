import { saveAttemptAnswer } from '../../main/core/attempts/saveAttemptAnswer';
import { startAttempt } from '../../main/core/attempts/startAttempt';
import { submitAttempt } from '../../main/core/attempts/submitAttempt';
import type { CoursePackage, Question } from '../../main/core/course/courseTypes';
import type { LearnerDb } from '../../main/core/db/learnerDatabase';
import type { CourseLibrary } from '../../main/core/library/courseLibrary';

function keyOf(question: Question): string[] | boolean {
  if (question.type === 'true-false') return question.answer;
  return question.type === 'single' ? [question.answer] : question.answer;
}

/**
 * Takes a module quiz (or the post-test when no module is named) through the core and passes it with the answer
 * keys from the course package, as benchmark set-up for learners with a complete history.
 */
export function passQuiz(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  course: CoursePackage,
  moduleId?: string,
): void {
  const input = moduleId
    ? { kind: 'module' as const, courseId: course.id, moduleId }
    : { kind: 'post-test' as const, courseId: course.id };
  const { row } = startAttempt(db, library, learnerId, input, Date.now());
  const bank = new Map(
    [...course.modules.flatMap((m) => m.questions), ...(course.postTest?.questions ?? [])].map((q) => [
      q.id,
      q,
    ]),
  );
  const presented = db
    .prepare('SELECT question_id FROM attempt_questions WHERE attempt_id = ?')
    .pluck()
    .all(row.id) as string[];
  for (const questionId of presented) {
    const question = bank.get(questionId);
    if (!question) continue;
    saveAttemptAnswer(
      db,
      library,
      learnerId,
      { attemptId: row.id, questionId, answer: keyOf(question) },
      Date.now(),
    );
  }
  submitAttempt(db, library, learnerId, row.id, Date.now());
}
