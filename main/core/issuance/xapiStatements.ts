import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getLearnerProfile } from '../learners/learnerProfiles';
import { listLearnerCertificates } from './certificateRecords';
import type { StoredCertificate } from './certificateRecords';
import { statementId } from './statementId';
import { XapiActivities, type XapiActivity } from './xapiActivities';

/*
 * The learning record as xAPI 1.0.3 statements, for a clinic's Learning Record Store. Verbs are ADL's (as cmi5
 * uses them): launched (a module opened), completed (a module read to the end; the course, when its first
 * certificate was issued), passed / failed (each submitted quiz and post-test attempt, with its scaled score), and
 * satisfied (each certificate issued). Statement ids are name-based UUIDs, so a re-export gives the same ids.
 */

export const XAPI_VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;

type VerbName = keyof typeof XAPI_VERBS;

/** cmi5's context extension for the score needed to pass. */
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const EXTENSION = {
  attemptId: 'urn:ce-player:xapi:extension:attempt-id',
  attemptNumber: 'urn:ce-player:xapi:extension:attempt-number',
  certificateId: 'urn:ce-player:xapi:extension:certificate-id',
  supersedes: 'urn:ce-player:xapi:extension:supersedes',
  hoursClaimed: 'urn:ce-player:xapi:extension:hours-claimed',
  verificationCode: 'urn:ce-player:xapi:extension:verification-code',
} as const;

export interface XapiAgent {
  objectType: 'Agent';
  name: string;
  account: { homePage: string; name: string };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: XapiActivity;
  result?: {
    score?: { scaled: number };
    success?: boolean;
    completion?: boolean;
    extensions?: Record<string, unknown>;
  };
  context: {
    platform: string;
    language?: string;
    contextActivities?: { parent: XapiActivity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

/** What the export needs besides the database: the installation's identity and the installed courses. */
export interface XapiExportSources {
  /** The installation's did:key; the learner's account lives under it. */
  installDid: string;
  /** An installed course version, for activity names; null when it is no longer installed. */
  findCourse(courseId: string, courseVersion: string): CoursePackage | null;
}

interface ProgressEvents {
  course_id: string;
  course_version: string;
  module_id: string;
  opened_at: number | null;
  read_to_end_at: number | null;
}

interface SubmittedAttempt {
  id: string;
  course_id: string;
  course_version: string;
  kind: 'module' | 'post-test';
  module_id: string | null;
  number: number;
  submitted_at: number;
  score: number;
  passed: number;
  pass_mark: number;
}

/** Every statement of the learner's record, oldest first. The same records always give the same array. */
export function buildXapiStatements(
  db: LearnerDb,
  learnerId: string,
  sources: XapiExportSources,
): XapiStatement[] {
  const profile = getLearnerProfile(db, learnerId);
  const actor: XapiAgent = {
    objectType: 'Agent',
    name: profile.displayName,
    account: { homePage: `urn:ce-player:install:${sources.installDid}`, name: learnerId },
  };
  const certificates = listLearnerCertificates(db, learnerId);
  const activities = new XapiActivities(sources.findCourse, certificates);
  const statements: XapiStatement[] = [];
  // One statement; statements about a module or the post-test name their course version as the parent.
  const add = (
    verb: VerbName,
    key: string,
    course: { id: string; version: string },
    object: XapiActivity,
    at: number,
    extra: Pick<XapiStatement, 'result'> & { extensions?: Record<string, unknown> } = {},
  ) => {
    const courseActivity = activities.course(course.id, course.version);
    statements.push({
      id: statementId([learnerId, verb, object.id, key].join('\n')),
      actor,
      verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
      object,
      ...(extra.result ? { result: extra.result } : {}),
      context: {
        platform: 'CE Player',
        language: activities.language(course.id, course.version),
        ...(object.id === courseActivity.id ? {} : { contextActivities: { parent: [courseActivity] } }),
        ...(extra.extensions ? { extensions: extra.extensions } : {}),
      },
      timestamp: new Date(at).toISOString(),
    });
  };

  const progress = db
    .prepare(
      `SELECT course_id, course_version, module_id, opened_at, read_to_end_at FROM module_progress
       WHERE learner_id = ? ORDER BY course_id, course_version, module_id`,
    )
    .all(learnerId) as ProgressEvents[];
  for (const row of progress) {
    const course = { id: row.course_id, version: row.course_version };
    const module = activities.module(course.id, course.version, row.module_id);
    if (row.opened_at !== null) add('launched', 'first-open', course, module, row.opened_at);
    if (row.read_to_end_at !== null) {
      add('completed', 'read-to-end', course, module, row.read_to_end_at, { result: { completion: true } });
    }
  }

  const attempts = db
    .prepare(
      `SELECT id, course_id, course_version, kind, module_id, number, submitted_at, score, passed, pass_mark
       FROM attempts WHERE learner_id = ? AND status = 'submitted' ORDER BY submitted_at, id`,
    )
    .all(learnerId) as SubmittedAttempt[];
  for (const attempt of attempts) {
    const course = { id: attempt.course_id, version: attempt.course_version };
    const object =
      attempt.kind === 'module' && attempt.module_id !== null
        ? activities.module(course.id, course.version, attempt.module_id)
        : activities.postTest(course.id, course.version);
    const passed = attempt.passed === 1;
    add(passed ? 'passed' : 'failed', `attempt:${attempt.id}`, course, object, attempt.submitted_at, {
      result: { score: { scaled: attempt.score }, success: passed, completion: true },
      extensions: {
        [MASTERY_SCORE]: attempt.pass_mark,
        [EXTENSION.attemptId]: attempt.id,
        [EXTENSION.attemptNumber]: attempt.number,
      },
    });
  }

  const firstIssued = new Map<string, StoredCertificate>();
  for (const certificate of certificates) {
    const course = { id: certificate.courseId, version: certificate.courseVersion };
    const key = `${course.id}\n${course.version}`;
    if (!firstIssued.has(key)) firstIssued.set(key, certificate);
    const courseActivity = activities.course(course.id, course.version);
    add('satisfied', `certificate:${certificate.id}`, course, courseActivity, certificate.issuedAt, {
      result: {
        success: true,
        completion: true,
        extensions: { [EXTENSION.hoursClaimed]: certificate.snapshot.hoursClaimed },
      },
      extensions: {
        [EXTENSION.certificateId]: certificate.id,
        [EXTENSION.verificationCode]: certificate.verificationCode,
        ...(certificate.supersedes === null ? {} : { [EXTENSION.supersedes]: certificate.supersedes }),
      },
    });
  }
  // The course was completed when its first certificate was issued; corrections do not complete it again.
  for (const certificate of firstIssued.values()) {
    const course = { id: certificate.courseId, version: certificate.courseVersion };
    const score = certificate.snapshot.postTestScore;
    add(
      'completed',
      'course-completed',
      course,
      activities.course(course.id, course.version),
      certificate.issuedAt,
      {
        result: { completion: true, success: true, ...(score === null ? {} : { score: { scaled: score } }) },
      },
    );
  }

  const verbOrder = Object.keys(XAPI_VERBS);
  return statements.sort(
    (a, b) =>
      a.timestamp.localeCompare(b.timestamp) ||
      verbOrder.indexOf(a.verb.display['en-US'] ?? '') - verbOrder.indexOf(b.verb.display['en-US'] ?? '') ||
      a.id.localeCompare(b.id),
  );
}
