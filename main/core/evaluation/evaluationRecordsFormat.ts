import { CoreError } from '../coreError';
import { readFreeText, readId, readInstant } from '../progress/progressInput';
import { maxAttestedMinutes } from './attestationInput';
import type { Attestation, EvaluationSubmission } from './evaluationRecords';
import { maxEvaluationTextLength } from './evaluationResponseInput';
import type { EvaluationResponse } from './evaluationResponseInput';

/*
 * Reading evaluation submissions and attestations back from an exported records file. The course may not be
 * installed where the file is imported, so only the shapes are checked, not the course's items.
 */

type Fields = Record<string, unknown>;

/** A records file that cannot be imported, with a message that says where it is wrong. */
class RecordsFileError extends CoreError {}

/** A plain-words failure for a records file, naming where the problem is. */
export function recordsFileProblem(where: string, problem: string): CoreError {
  return new RecordsFileError(
    'invalid_input',
    `This is not a usable CE Player records file: ${where} ${problem}.`,
  );
}

/** The value as a plain object, or a records-file problem. */
export function asFields(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw recordsFileProblem(where, 'is not an object');
  }
  return value as Fields;
}

/** The value as a list, or a records-file problem. */
export function asList(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw recordsFileProblem(where, 'is not a list');
  return value;
}

/** Runs a reader, turning its CoreError into a records-file problem that says where. */
export function readAt<T>(where: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CoreError && !(error instanceof RecordsFileError)) {
      throw recordsFileProblem(where, `is invalid (${error.message})`);
    }
    throw error;
  }
}

function readResponse(value: unknown): EvaluationResponse {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value;
  if (typeof value === 'string') return readFreeText(value, 'Answer', maxEvaluationTextLength);
  throw new CoreError('invalid_input', 'an answer must be a rating from 1 to 5 or text');
}

/** Validates an exported evaluation submission. */
export function readExportedEvaluation(value: unknown): EvaluationSubmission {
  const f = asFields(value, 'an evaluation');
  const responses = asFields(f.responses, 'the evaluation answers');
  return {
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    submittedAt: readInstant(f.submittedAt, 'Submitted at'),
    responses: Object.fromEntries(
      Object.entries(responses).map(([itemId, answer]) => [readId(itemId, 'Item id'), readResponse(answer)]),
    ),
  };
}

/** Validates an exported attestation. */
export function readExportedAttestation(value: unknown): Attestation {
  const f = asFields(value, 'an attestation');
  const hours = f.claimedHours;
  if (typeof hours !== 'number' || !(hours > 0) || !Number.isInteger(hours * 4)) {
    throw new CoreError('invalid_input', 'claimed hours must be above 0 in steps of 0.25');
  }
  const minutes = f.attestedMinutes;
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < 1 ||
    minutes > maxAttestedMinutes
  ) {
    throw new CoreError('invalid_input', 'attested minutes must be a whole number of minutes');
  }
  return {
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    claimedHours: hours,
    attestedMinutes: minutes,
    statement: readFreeText(f.statement, 'Statement', 2000),
    attestedAt: readInstant(f.attestedAt, 'Attested at'),
  };
}
