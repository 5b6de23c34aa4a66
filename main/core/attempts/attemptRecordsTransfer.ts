import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { getEvaluationSubmission, writeEvaluationSubmission } from '../evaluation/evaluationRecords';
import { getAttestation, writeAttestation } from '../attestation/attestationRecords';
import type { EvaluationSubmission } from '../evaluation/evaluationRecords';
import type { Attestation } from '../attestation/attestationRecords';
import { checkImportedAttestation, checkImportedEvaluation } from '../evaluation/importedStepChecks';
import { requireLearner } from '../learners/learnerProfileRow';
import {
  attemptRecordsFormat,
  attemptRecordsFormatVersion,
  readAttemptRecords,
} from './attemptRecordsFormat';
import type { AttemptRecords, ExportedAttempt } from './attemptRecordsFormat';
import {
  countSubmittedAttempts,
  findOpenAttempt,
  insertAttempt,
  nextAttemptNumber,
  readPresentedQuestions,
  readSavedAnswers,
  slotOf,
  upsertAnswer,
} from './attemptRows';
import type { AttemptRow, QuizSlot } from './attemptRows';
import { checkImportedAttempt } from './importedAttemptCheck';

/** How many records an import added, per kind, and how many open attempts it left out. */
export interface AttemptImportSummary {
  attempts: number;
  evaluations: number;
  attestations: number;
  /** Open attempts not imported because the learner already has an open attempt at the same quiz here. */
  skippedOpenAttempts: number;
}

function exportAttempt(db: LearnerDb, row: AttemptRow): ExportedAttempt {
  const answers = readSavedAnswers(db, row.id);
  return {
    id: row.id,
    courseId: row.course_id,
    courseVersion: row.course_version,
    kind: row.kind,
    moduleId: row.module_id,
    number: row.number,
    status: row.status,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    score: row.score,
    passed: row.passed === null ? null : row.passed === 1,
    passMark: row.pass_mark,
    questions: readPresentedQuestions(db, row.id).map(({ questionId, optionOrder, correct }) => ({
      questionId,
      optionOrder,
      correct,
    })),
    answers: [...answers].map(([questionId, saved]) => ({ questionId, ...saved })),
  };
}

function courseVersions(db: LearnerDb, table: string, learnerId: string): { id: string; version: string }[] {
  return db
    .prepare(
      `SELECT course_id AS id, course_version AS version FROM ${table} WHERE learner_id = ?
       ORDER BY course_id, course_version`,
    )
    .all(learnerId) as { id: string; version: string }[];
}

/**
 * One learner's quiz and post-test attempts (with presented questions, answers and grades), evaluations and
 * attestations, as a JSON-ready object. Read in one transaction so the parts agree.
 */
export function exportAttemptRecords(db: LearnerDb, learnerId: string): AttemptRecords {
  return db.transaction((): AttemptRecords => {
    requireLearner(db, learnerId);
    const rows = db
      .prepare('SELECT * FROM attempts WHERE learner_id = ? ORDER BY started_at, id')
      .all(learnerId) as AttemptRow[];
    return {
      format: attemptRecordsFormat,
      formatVersion: attemptRecordsFormatVersion,
      attempts: rows.map((row) => exportAttempt(db, row)),
      evaluations: courseVersions(db, 'evaluation_submissions', learnerId).flatMap(
        (course) => getEvaluationSubmission(db, learnerId, course) ?? [],
      ),
      attestations: courseVersions(db, 'attestations', learnerId).flatMap(
        (course) => getAttestation(db, learnerId, course) ?? [],
      ),
    };
  })();
}

function toRow(learnerId: string, attempt: ExportedAttempt, number: number): AttemptRow {
  return {
    id: attempt.id,
    learner_id: learnerId,
    course_id: attempt.courseId,
    course_version: attempt.courseVersion,
    kind: attempt.kind,
    module_id: attempt.moduleId,
    number,
    status: attempt.status,
    started_at: attempt.startedAt,
    submitted_at: attempt.submittedAt,
    score: attempt.score,
    passed: attempt.passed === null ? null : attempt.passed ? 1 : 0,
    pass_mark: attempt.passMark,
  };
}

// Writes the attempt as recorded, with its presented questions, grades and answers (all given before any
// submission). The number is kept unless this learner already has that number for the quiz here.
function insertImportedAttempt(db: LearnerDb, learnerId: string, attempt: ExportedAttempt): void {
  const slot: QuizSlot = {
    courseId: attempt.courseId,
    courseVersion: attempt.courseVersion,
    kind: attempt.kind,
    moduleId: attempt.moduleId,
  };
  const taken = db
    .prepare(
      `SELECT 1 FROM attempts WHERE learner_id = ? AND course_id = ? AND course_version = ? AND kind = ?
       AND COALESCE(module_id, '') = ? AND number = ?`,
    )
    .get(learnerId, slot.courseId, slot.courseVersion, slot.kind, slot.moduleId ?? '', attempt.number);
  const number = taken ? nextAttemptNumber(db, learnerId, slot) : attempt.number;
  const questions = attempt.questions.map((q, index) => ({ ...q, position: index + 1 }));
  insertAttempt(db, toRow(learnerId, attempt, number), questions);
  for (const answer of attempt.answers) {
    upsertAnswer(db, attempt.id, answer.questionId, answer.answer, answer.answeredAt);
  }
}

// Returns whether the attempt was added. An attempt already here is left alone, except that an open copy gives
// way to the same attempt submitted elsewhere.
function importAttempt(
  db: LearnerDb,
  learnerId: string,
  attempt: ExportedAttempt,
): 'added' | 'kept' | 'skipped' {
  const existing = db.prepare('SELECT * FROM attempts WHERE id = ?').get(attempt.id) as
    AttemptRow | undefined;
  if (existing && existing.learner_id !== learnerId) {
    throw new CoreError(
      'conflict',
      'These quiz records already belong to another profile on this computer, so they were not imported.',
    );
  }
  if (existing && (existing.status === 'submitted' || attempt.status === 'open')) return 'kept';
  if (existing) db.prepare('DELETE FROM attempts WHERE id = ?').run(existing.id);
  if (attempt.status === 'open') {
    const open = findOpenAttempt(db, learnerId, slotOf(toRow(learnerId, attempt, attempt.number)));
    if (open) return 'skipped';
  }
  insertImportedAttempt(db, learnerId, attempt);
  return 'added';
}

function importEvaluation(db: LearnerDb, learnerId: string, submission: EvaluationSubmission): boolean {
  const course = { id: submission.courseId, version: submission.courseVersion };
  if (getEvaluationSubmission(db, learnerId, course)) return false; // submitted once; the first one stands
  writeEvaluationSubmission(db, learnerId, submission);
  return true;
}

function importAttestation(db: LearnerDb, learnerId: string, attestation: Attestation): boolean {
  const course = { id: attestation.courseId, version: attestation.courseVersion };
  if (getAttestation(db, learnerId, course)) return false;
  writeAttestation(db, learnerId, attestation);
  return true;
}

// The live channel starts a post-test attempt only while attempts remain, so with the imported ones the learner
// may hold at most max_attempts at each post-test the file touches, an open attempt included.
function requireAttemptsWithinLimit(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  attempts: readonly ExportedAttempt[],
): void {
  const slots = new Map<string, QuizSlot>();
  for (const attempt of attempts) {
    if (attempt.kind !== 'post-test') continue;
    const slot: QuizSlot = { ...slotOf(toRow(learnerId, attempt, attempt.number)) };
    slots.set(`${slot.courseId}\u0000${slot.courseVersion}`, slot);
  }
  for (const slot of slots.values()) {
    const course = library.findVersion(slot.courseId, slot.courseVersion);
    const max = course?.postTest?.maxAttempts ?? null;
    if (course === null || max === null) continue;
    const held = countSubmittedAttempts(db, learnerId, slot) + (findOpenAttempt(db, learnerId, slot) ? 1 : 0);
    if (held > max) {
      throw new CoreError(
        'forbidden',
        `With this file there would be ${held} attempts at the post-test of "${course.title}" (version ` +
          `${course.version}), and the course allows ${max}. Nothing was imported.`,
      );
    }
  }
}

/**
 * Merges exported records (parsed JSON) into the given learner's records, all or nothing. Every claim passes the
 * live channels' rules against the installed course version it was made on: each attempt graded again
 * (importedAttemptCheck.ts) and within the post-test's max_attempts, each evaluation complete and valid against
 * the form, each attestation within the credit and made after the course's minimum of study was recorded (so a
 * bundle's heartbeats go in first). Attempts are matched on their id, evaluations and attestations on course and
 * version, so importing the same data twice adds nothing the second time. Attempt ids that belong to another
 * profile here are refused. Everything imported counts toward certificates: call it only for a file whose
 * signature was verified (importRecordsText).
 */
export function importAttemptRecords(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  data: unknown,
): AttemptImportSummary {
  const records = readAttemptRecords(data);
  for (const attempt of records.attempts) checkImportedAttempt(library, attempt);
  const evaluations = records.evaluations.map((submission) => checkImportedEvaluation(library, submission));
  return db
    .transaction((): AttemptImportSummary => {
      requireLearner(db, learnerId);
      const summary: AttemptImportSummary = {
        attempts: 0,
        evaluations: 0,
        attestations: 0,
        skippedOpenAttempts: 0,
      };
      for (const attempt of records.attempts) {
        const outcome = importAttempt(db, learnerId, attempt);
        if (outcome === 'added') summary.attempts += 1;
        if (outcome === 'skipped') summary.skippedOpenAttempts += 1;
      }
      requireAttemptsWithinLimit(db, library, learnerId, records.attempts);
      for (const submission of evaluations) {
        if (importEvaluation(db, learnerId, submission)) summary.evaluations += 1;
      }
      for (const attestation of records.attestations) {
        checkImportedAttestation(db, library, learnerId, attestation);
        if (importAttestation(db, learnerId, attestation)) summary.attestations += 1;
      }
      return summary;
    })
    .immediate();
}
