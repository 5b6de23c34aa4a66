import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import { queueLearningEvent } from '../lrs/statementOutbox';
import type { LearnerAnswer } from '../../contract/attemptSchemas';

/*
 * The attempts tables as rows, and the small reads and writes every attempt operation shares. Every read that
 * starts from an attempt id also takes the learner id, so one learner can never reach another's attempt.
 */

export type AttemptKind = 'module' | 'post-test';

/** A row of attempts. */
export interface AttemptRow {
  id: string;
  learner_id: string;
  course_id: string;
  course_version: string;
  kind: AttemptKind;
  module_id: string | null;
  number: number;
  status: 'open' | 'submitted';
  started_at: number;
  submitted_at: number | null;
  score: number | null;
  passed: number | null;
  pass_mark: number;
}

/** A question an attempt presented, with the option order the learner saw. */
export interface PresentedQuestion {
  position: number;
  questionId: string;
  optionOrder: string[];
  /** Set once the attempt is graded. */
  correct: boolean | null;
}

/** Which quiz an attempt belongs to: one module's quiz or the post-test, of one course version. */
export interface QuizSlot {
  courseId: string;
  courseVersion: string;
  kind: AttemptKind;
  moduleId: string | null;
}

/** The message for an attempt that does not exist or belongs to someone else (deliberately the same). */
export const attemptNotFoundMessage = 'That quiz attempt was not found.';

/** The learner's own attempt, or not_found (also when the id is another learner's). */
export function requireAttemptRow(db: LearnerDb, learnerId: string, attemptId: string): AttemptRow {
  const row = db
    .prepare('SELECT * FROM attempts WHERE id = ? AND learner_id = ?')
    .get(attemptId, learnerId) as AttemptRow | undefined;
  if (!row) throw new CoreError('not_found', attemptNotFoundMessage);
  return row;
}

/** The questions of an attempt in the order presented. */
export function readPresentedQuestions(db: LearnerDb, attemptId: string): PresentedQuestion[] {
  const rows = db
    .prepare(
      'SELECT position, question_id, option_order, correct FROM attempt_questions WHERE attempt_id = ? ORDER BY position',
    )
    .all(attemptId) as {
    position: number;
    question_id: string;
    option_order: string;
    correct: number | null;
  }[];
  return rows.map((row) => ({
    position: row.position,
    questionId: row.question_id,
    optionOrder: JSON.parse(row.option_order) as string[],
    correct: row.correct === null ? null : row.correct === 1,
  }));
}

/** A saved answer and when it was given. */
export interface SavedAnswer {
  answer: LearnerAnswer;
  answeredAt: number;
}

/** The learner's saved answers of an attempt, by question id. */
export function readSavedAnswers(db: LearnerDb, attemptId: string): Map<string, SavedAnswer> {
  const rows = db
    .prepare('SELECT question_id, answer, answered_at FROM attempt_answers WHERE attempt_id = ?')
    .all(attemptId) as { question_id: string; answer: string; answered_at: number }[];
  return new Map(
    rows.map((row) => [
      row.question_id,
      { answer: JSON.parse(row.answer) as LearnerAnswer, answeredAt: row.answered_at },
    ]),
  );
}

/** The quiz an attempt row belongs to. */
export function slotOf(row: AttemptRow): QuizSlot {
  return {
    courseId: row.course_id,
    courseVersion: row.course_version,
    kind: row.kind,
    moduleId: row.module_id,
  };
}

const slotWhere =
  "learner_id = ? AND course_id = ? AND course_version = ? AND kind = ? AND COALESCE(module_id, '') = ?";

function slotParams(learnerId: string, slot: QuizSlot): string[] {
  return [learnerId, slot.courseId, slot.courseVersion, slot.kind, slot.moduleId ?? ''];
}

/** The learner's open attempt at this quiz, if any. */
export function findOpenAttempt(db: LearnerDb, learnerId: string, slot: QuizSlot): AttemptRow | undefined {
  return db
    .prepare(`SELECT * FROM attempts WHERE ${slotWhere} AND status = 'open'`)
    .get(...slotParams(learnerId, slot)) as AttemptRow | undefined;
}

/** How many attempts at this quiz the learner has submitted. */
export function countSubmittedAttempts(db: LearnerDb, learnerId: string, slot: QuizSlot): number {
  const row = db
    .prepare(`SELECT count(*) AS n FROM attempts WHERE ${slotWhere} AND status = 'submitted'`)
    .get(...slotParams(learnerId, slot)) as { n: number };
  return row.n;
}

/** Whether the learner has passed this quiz in any submitted attempt. */
export function hasPassedAttempt(db: LearnerDb, learnerId: string, slot: QuizSlot): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM attempts WHERE ${slotWhere} AND status = 'submitted' AND passed = 1 LIMIT 1`)
      .get(...slotParams(learnerId, slot)) !== undefined
  );
}

/** The number the next attempt at this quiz gets (1-based). */
export function nextAttemptNumber(db: LearnerDb, learnerId: string, slot: QuizSlot): number {
  const row = db
    .prepare(`SELECT COALESCE(max(number), 0) AS n FROM attempts WHERE ${slotWhere}`)
    .get(...slotParams(learnerId, slot)) as { n: number };
  return row.n + 1;
}

/** Writes a new attempt row and the questions it presents, and queues its statements for the LRS. */
export function insertAttempt(db: LearnerDb, row: AttemptRow, questions: readonly PresentedQuestion[]): void {
  db.prepare(
    `INSERT INTO attempts (id, learner_id, course_id, course_version, kind, module_id, number, status,
       started_at, submitted_at, score, passed, pass_mark)
     VALUES (@id, @learner_id, @course_id, @course_version, @kind, @module_id, @number, @status,
       @started_at, @submitted_at, @score, @passed, @pass_mark)`,
  ).run(row);
  const insertQuestion = db.prepare(
    `INSERT INTO attempt_questions (attempt_id, position, question_id, option_order, correct)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const question of questions) {
    insertQuestion.run(
      row.id,
      question.position,
      question.questionId,
      JSON.stringify(question.optionOrder),
      question.correct === null ? null : question.correct ? 1 : 0,
    );
  }
  queueLearningEvent(db, row.learner_id, { kind: 'attempt', attemptId: row.id });
}

/** Saves (or replaces) the learner's answer to one question of an open attempt. */
export function upsertAnswer(
  db: LearnerDb,
  attemptId: string,
  questionId: string,
  answer: LearnerAnswer,
  answeredAt: number,
): void {
  db.prepare(
    `INSERT INTO attempt_answers (attempt_id, question_id, answer, answered_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
  ).run(attemptId, questionId, JSON.stringify(answer), answeredAt);
}
