import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { queueLearningEvent } from '../lrs/statementOutbox';
import type { CourseLibrary } from '../library/courseLibrary';
import { moduleRef } from '../modules/courseModuleRef';
import { markModuleCompleted } from '../progress/moduleProgress';
import { courseForAttempt, moduleOfAttempt, questionBank, questionFor } from './attemptCourse';
import { readPresentedQuestions, readSavedAnswers, requireAttemptRow } from './attemptRows';
import type { AttemptRow } from './attemptRows';
import { attemptScore, isAnswerCorrect } from './gradeAttempt';

function gradeAndClose(db: LearnerDb, course: CoursePackage, row: AttemptRow, now: number): AttemptRow {
  const bank = questionBank(course, row);
  const answers = readSavedAnswers(db, row.id);
  const presented = readPresentedQuestions(db, row.id);
  const markQuestion = db.prepare(
    'UPDATE attempt_questions SET correct = ? WHERE attempt_id = ? AND position = ?',
  );
  let correctCount = 0;
  for (const item of presented) {
    const correct = isAnswerCorrect(questionFor(bank, item), answers.get(item.questionId)?.answer);
    if (correct) correctCount += 1;
    markQuestion.run(correct ? 1 : 0, row.id, item.position);
  }
  const score = attemptScore(correctCount, presented.length);
  const graded: AttemptRow = {
    ...row,
    status: 'submitted',
    submitted_at: now,
    score,
    passed: score >= row.pass_mark ? 1 : 0,
  };
  db.prepare(
    `UPDATE attempts SET status = 'submitted', submitted_at = @submitted_at, score = @score, passed = @passed
     WHERE id = @id AND status = 'open'`,
  ).run(graded);
  queueLearningEvent(db, row.learner_id, { kind: 'attempt', attemptId: row.id });
  return graded;
}

/**
 * Grades and closes the learner's attempt against the course version it was taken on: score = correct /
 * presented, passed = score >= the pass mark recorded at the start. Submitting again returns the recorded
 * result without regrading. A passed module quiz records the module as completed, in the same transaction.
 */
export function submitAttempt(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  attemptId: string,
  now: number,
): { row: AttemptRow; course: CoursePackage } {
  return db
    .transaction(() => {
      const row = requireAttemptRow(db, learnerId, attemptId);
      const course = courseForAttempt(library, row);
      if (row.status === 'submitted') return { row, course };
      const graded = gradeAndClose(db, course, row, now);
      const module = moduleOfAttempt(course, graded);
      if (module && graded.passed === 1) markModuleCompleted(db, learnerId, moduleRef(course, module), now);
      return { row: graded, course };
    })
    .immediate();
}
