import type { LearnerDb } from '../db/learnerDatabase';
import type { StoredCertificate } from '../issuance/certificateRecords';
import type { XapiActivities } from './xapiActivities';
import {
  MASTERY_SCORE,
  XAPI_EXTENSION,
  type CourseVersion,
  type StatementMaker,
  type XapiStatement,
} from './xapiStatementMaker';

/*
 * The learner's records, table by table, as statements. Each reader takes an optional filter naming one event's
 * rows (the outbox builds the statements of the event just written); without it, every row (the export).
 */

/** One event's rows: a module's progress, an attempt, a course version's evaluation or attestation, a certificate. */
export type LearningEvent =
  | { kind: 'module'; courseId: string; courseVersion: string; moduleId: string }
  | { kind: 'attempt'; attemptId: string }
  | { kind: 'evaluation'; courseId: string; courseVersion: string }
  | { kind: 'attestation'; courseId: string; courseVersion: string }
  | { kind: 'certificate'; certificateId: string };

/** What turns rows into statements. */
export interface StatementSources {
  db: LearnerDb;
  learnerId: string;
  make: StatementMaker;
  activities: XapiActivities;
}

interface CourseRow {
  course_id: string;
  course_version: string;
}

// The WHERE clause of one table's query: the learner, and the event's own columns when one is named.
function rowsOf<T>(
  sources: StatementSources,
  sql: string,
  filter: Record<string, string> | null,
  order: string,
): T[] {
  const columns = Object.keys(filter ?? {});
  const where = ['learner_id = ?', ...columns.map((column) => `${column} = ?`)].join(' AND ');
  return sources.db
    .prepare(`${sql} WHERE ${where} ORDER BY ${order}`)
    .all(sources.learnerId, ...Object.values(filter ?? {})) as T[];
}

function courseOf(row: CourseRow): CourseVersion {
  return { id: row.course_id, version: row.course_version };
}

/** Module opened (launched) and read to the end (completed). */
export function progressStatements(sources: StatementSources, event?: LearningEvent): XapiStatement[] {
  if (event && event.kind !== 'module') return [];
  type Row = CourseRow & { module_id: string; opened_at: number | null; read_to_end_at: number | null };
  const filter = event
    ? { course_id: event.courseId, course_version: event.courseVersion, module_id: event.moduleId }
    : null;
  const rows = rowsOf<Row>(
    sources,
    'SELECT course_id, course_version, module_id, opened_at, read_to_end_at FROM module_progress',
    filter,
    'course_id, course_version, module_id',
  );
  return rows.flatMap((row) => {
    const course = courseOf(row);
    const module = sources.activities.module(course.id, course.version, row.module_id);
    return [
      ...(row.opened_at === null
        ? []
        : [sources.make('launched', 'first-open', course, module, row.opened_at)]),
      ...(row.read_to_end_at === null
        ? []
        : [
            sources.make('completed', 'read-to-end', course, module, row.read_to_end_at, {
              result: { completion: true },
            }),
          ]),
    ];
  });
}

/** Every quiz and post-test attempt started (attempted) and, once submitted, passed or failed with its score. */
export function attemptStatements(sources: StatementSources, event?: LearningEvent): XapiStatement[] {
  if (event && event.kind !== 'attempt') return [];
  type Row = CourseRow & {
    id: string;
    kind: 'module' | 'post-test';
    module_id: string | null;
    number: number;
    started_at: number;
    submitted_at: number | null;
    score: number | null;
    passed: number | null;
    pass_mark: number;
  };
  const rows = rowsOf<Row>(
    sources,
    `SELECT id, course_id, course_version, kind, module_id, number, started_at, submitted_at, score, passed,
       pass_mark FROM attempts`,
    event ? { id: event.attemptId } : null,
    'started_at, id',
  );
  return rows.flatMap((attempt) => {
    const course = courseOf(attempt);
    const { activities, make } = sources;
    const object =
      attempt.kind === 'module' && attempt.module_id !== null
        ? activities.module(course.id, course.version, attempt.module_id)
        : activities.postTest(course.id, course.version);
    const extensions = {
      [MASTERY_SCORE]: attempt.pass_mark,
      [XAPI_EXTENSION.attemptId]: attempt.id,
      [XAPI_EXTENSION.attemptNumber]: attempt.number,
    };
    const started = make('attempted', `attempt-start:${attempt.id}`, course, object, attempt.started_at, {
      extensions,
    });
    if (attempt.submitted_at === null || attempt.score === null) return [started];
    const passed = attempt.passed === 1;
    const graded = make(
      passed ? 'passed' : 'failed',
      `attempt:${attempt.id}`,
      course,
      object,
      attempt.submitted_at,
      {
        result: { score: { scaled: attempt.score }, success: passed, completion: true },
        extensions,
      },
    );
    return [started, graded];
  });
}

/** The course evaluation submitted. The answers stay on this computer: the statement says that it was given. */
export function evaluationStatements(sources: StatementSources, event?: LearningEvent): XapiStatement[] {
  if (event && event.kind !== 'evaluation') return [];
  const rows = rowsOf<CourseRow & { submitted_at: number }>(
    sources,
    'SELECT course_id, course_version, submitted_at FROM evaluation_submissions',
    event ? { course_id: event.courseId, course_version: event.courseVersion } : null,
    'course_id, course_version',
  );
  return rows.map((row) => {
    const course = courseOf(row);
    const object = sources.activities.evaluation(course.id, course.version);
    return sources.make('submitted', 'evaluation', course, object, row.submitted_at, {
      result: { completion: true },
    });
  });
}

/** The attestation of time spent and credit claimed (confirmed), with the hours and minutes. */
export function attestationStatements(sources: StatementSources, event?: LearningEvent): XapiStatement[] {
  if (event && event.kind !== 'attestation') return [];
  type Row = CourseRow & { claimed_hours: number; attested_minutes: number; attested_at: number };
  const rows = rowsOf<Row>(
    sources,
    'SELECT course_id, course_version, claimed_hours, attested_minutes, attested_at FROM attestations',
    event ? { course_id: event.courseId, course_version: event.courseVersion } : null,
    'course_id, course_version',
  );
  return rows.map((row) => {
    const course = courseOf(row);
    const object = sources.activities.attestation(course.id, course.version);
    return sources.make('confirmed', 'attestation', course, object, row.attested_at, {
      result: {
        completion: true,
        extensions: {
          [XAPI_EXTENSION.hoursClaimed]: row.claimed_hours,
          [XAPI_EXTENSION.attestedMinutes]: row.attested_minutes,
        },
      },
    });
  });
}

/**
 * Each certificate issued (satisfied; a correction names the certificate it supersedes), and the course completed
 * when its first certificate was issued: corrections do not complete it again.
 */
export function certificateStatements(
  sources: StatementSources,
  certificates: readonly StoredCertificate[],
  event?: LearningEvent,
): XapiStatement[] {
  if (event && event.kind !== 'certificate') return [];
  const named = event
    ? certificates.find((certificate) => certificate.id === event.certificateId)
    : undefined;
  if (event && !named) return [];
  const shown = named ? [named] : certificates;
  const { make, activities } = sources;
  const statements = shown.map((certificate) => {
    const course = { id: certificate.courseId, version: certificate.courseVersion };
    return make(
      'satisfied',
      `certificate:${certificate.id}`,
      course,
      activities.course(course.id, course.version),
      certificate.issuedAt,
      {
        result: {
          success: true,
          completion: true,
          extensions: { [XAPI_EXTENSION.hoursClaimed]: certificate.snapshot.hoursClaimed },
        },
        extensions: {
          [XAPI_EXTENSION.certificateId]: certificate.id,
          [XAPI_EXTENSION.verificationCode]: certificate.verificationCode,
          ...(certificate.supersedes === null ? {} : { [XAPI_EXTENSION.supersedes]: certificate.supersedes }),
        },
      },
    );
  });
  const firstIssued = new Map<string, StoredCertificate>();
  for (const certificate of certificates) {
    const key = `${certificate.courseId}\n${certificate.courseVersion}`;
    if (!firstIssued.has(key)) firstIssued.set(key, certificate);
  }
  const completions = [...firstIssued.values()].filter(
    (first) => !named || (first.courseId === named.courseId && first.courseVersion === named.courseVersion),
  );
  for (const certificate of completions) {
    const course = { id: certificate.courseId, version: certificate.courseVersion };
    const score = certificate.snapshot.postTestScore;
    statements.push(
      make(
        'completed',
        'course-completed',
        course,
        activities.course(course.id, course.version),
        certificate.issuedAt,
        {
          result: {
            completion: true,
            success: true,
            ...(score === null ? {} : { score: { scaled: score } }),
          },
        },
      ),
    );
  }
  return statements;
}
