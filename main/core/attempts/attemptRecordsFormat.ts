import type { LearnerAnswer } from '../../contract/attemptSchemas';
import { CoreError } from '../coreError';
import type { Attestation, EvaluationSubmission } from '../evaluation/evaluationRecords';
import {
  asFields,
  asList,
  readAt,
  readExportedAttestation,
  readExportedEvaluation,
  recordsFileProblem,
} from '../evaluation/evaluationRecordsFormat';
import { readId, readInstant } from '../progress/progressInput';
import type { AttemptKind } from './attemptRows';
import { attemptScore } from './gradeAttempt';

/** The `format` marker of exported quiz, evaluation and attestation records. */
export const attemptRecordsFormat = 'ce-player.attempt-records';
/** The layout version this build writes and reads. */
export const attemptRecordsFormatVersion = 1;

/** One presented question of an exported attempt, in the order shown. */
export interface ExportedAttemptQuestion {
  questionId: string;
  optionOrder: string[];
  correct: boolean | null;
}

/** One saved answer of an exported attempt. */
export interface ExportedAttemptAnswer {
  questionId: string;
  answer: LearnerAnswer;
  answeredAt: number;
}

/** An attempt with everything needed to show it again: presented questions, answers and its grade. */
export interface ExportedAttempt {
  id: string;
  courseId: string;
  courseVersion: string;
  kind: AttemptKind;
  moduleId: string | null;
  number: number;
  status: 'open' | 'submitted';
  startedAt: number;
  submittedAt: number | null;
  score: number | null;
  passed: boolean | null;
  passMark: number;
  questions: ExportedAttemptQuestion[];
  answers: ExportedAttemptAnswer[];
}

/** One learner's attempts, evaluations and attestations as a JSON document. Times are Unix milliseconds. */
export interface AttemptRecords {
  format: typeof attemptRecordsFormat;
  formatVersion: typeof attemptRecordsFormatVersion;
  attempts: ExportedAttempt[];
  evaluations: EvaluationSubmission[];
  attestations: Attestation[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bad(problem: string): never {
  throw new CoreError('invalid_input', problem);
}

function readFraction(value: unknown, label: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) bad(`${label} must be between 0 and 1`);
  return value;
}

function readQuestion(value: unknown): ExportedAttemptQuestion {
  const f = asFields(value, 'a presented question');
  const optionOrder = asList(f.optionOrder, 'an option order').map((id) => readId(id, 'Option id'));
  if (new Set(optionOrder).size !== optionOrder.length) bad('an option is listed twice');
  if (f.correct !== null && typeof f.correct !== 'boolean') bad('"correct" must be true, false or null');
  return { questionId: readId(f.questionId, 'Question id'), optionOrder, correct: f.correct };
}

function readAnswer(value: unknown, questions: Map<string, ExportedAttemptQuestion>): ExportedAttemptAnswer {
  const f = asFields(value, 'an answer');
  const question = questions.get(readId(f.questionId, 'Question id'));
  if (!question) bad('an answer is for a question the attempt did not present');
  const answer = f.answer;
  const fits =
    typeof answer === 'boolean'
      ? question.optionOrder.length === 0
      : Array.isArray(answer) &&
        answer.every((id) => typeof id === 'string' && question.optionOrder.includes(id)) &&
        new Set(answer).size === answer.length;
  if (!fits) bad(`the answer to "${question.questionId}" does not fit its options`);
  return {
    questionId: question.questionId,
    answer: answer as LearnerAnswer,
    answeredAt: readInstant(f.answeredAt, 'Answered at'),
  };
}

// A submitted attempt must agree with itself: every question graded, the score from those grades, and
// passed from the score and pass mark.
function checkGrade(attempt: ExportedAttempt): void {
  if (attempt.status === 'open') {
    if (attempt.submittedAt !== null || attempt.score !== null || attempt.passed !== null) {
      bad('an open attempt carries a result');
    }
    if (attempt.questions.some((q) => q.correct !== null)) bad('an open attempt has graded questions');
    return;
  }
  if (attempt.submittedAt === null || attempt.score === null || attempt.passed === null) {
    bad('a submitted attempt has no result');
  }
  if (attempt.questions.some((q) => q.correct === null)) bad('a submitted attempt has an ungraded question');
  const submittedAt = attempt.submittedAt;
  if (attempt.answers.some((a) => a.answeredAt > submittedAt)) bad('an answer was given after submission');
  const score = attemptScore(attempt.questions.filter((q) => q.correct).length, attempt.questions.length);
  if (Math.abs(score - attempt.score) > 1e-9) bad('the score does not match the graded questions');
  if (attempt.passed !== score >= attempt.passMark) bad('"passed" does not match the score and pass mark');
}

function readAttempt(value: unknown): ExportedAttempt {
  const f = asFields(value, 'an attempt');
  if (typeof f.id !== 'string' || !uuidPattern.test(f.id)) bad('the attempt id is not a UUID');
  if (f.kind !== 'module' && f.kind !== 'post-test') bad('the kind must be "module" or "post-test"');
  if (f.status !== 'open' && f.status !== 'submitted') bad('the status must be "open" or "submitted"');
  if (typeof f.number !== 'number' || !Number.isSafeInteger(f.number) || f.number < 1)
    bad('bad attempt number');
  if (f.passed !== null && typeof f.passed !== 'boolean') bad('"passed" must be true, false or null');
  const questions = asList(f.questions, 'the presented questions').map(readQuestion);
  if (questions.length === 0) bad('an attempt presented no questions');
  const byId = new Map(questions.map((q) => [q.questionId, q]));
  if (byId.size !== questions.length) bad('a question is presented twice');
  const answers = asList(f.answers, 'the answers').map((answer) => readAnswer(answer, byId));
  if (new Set(answers.map((a) => a.questionId)).size !== answers.length) bad('a question is answered twice');
  const attempt: ExportedAttempt = {
    id: f.id.toLowerCase(),
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    kind: f.kind,
    moduleId: f.kind === 'module' ? readId(f.moduleId, 'Module id') : null,
    number: f.number,
    status: f.status,
    startedAt: readInstant(f.startedAt, 'Started at'),
    submittedAt: f.submittedAt == null ? null : readInstant(f.submittedAt, 'Submitted at'),
    score: f.score == null ? null : readFraction(f.score, 'The score'),
    passed: f.passed,
    passMark: readFraction(f.passMark, 'The pass mark'),
    questions,
    answers,
  };
  checkGrade(attempt);
  return attempt;
}

/** Validates parsed JSON as exported attempt records, with a plain message naming the first problem. */
export function readAttemptRecords(value: unknown): AttemptRecords {
  const f = asFields(value, 'the quiz records');
  if (f.format !== attemptRecordsFormat)
    throw recordsFileProblem('the quiz records', 'are not CE Player quiz records');
  if (f.formatVersion !== attemptRecordsFormatVersion) {
    throw recordsFileProblem(
      'the quiz records',
      `use format ${String(f.formatVersion)}, which this version cannot read`,
    );
  }
  const list = <T>(key: string, read: (item: unknown) => T): T[] =>
    asList(f[key], key).map((item, index) => readAt(`${key} item ${index + 1}`, () => read(item)));
  return {
    format: attemptRecordsFormat,
    formatVersion: attemptRecordsFormatVersion,
    attempts: list('attempts', readAttempt),
    evaluations: list('evaluations', readExportedEvaluation),
    attestations: list('attestations', readExportedAttestation),
  };
}
