import { statementId } from './statementId';
import type { XapiActivities, XapiActivity } from './xapiActivities';

/*
 * The shape of one xAPI 1.0.3 statement as CE Player writes it, and the one function that makes them. Verbs are
 * ADL's (as cmi5 uses them) where ADL has one: launched (a module opened), completed (a module read to the end; the
 * course, when its first certificate was issued), attempted (a quiz or post-test started), passed / failed (each
 * submitted attempt, with its scaled score), satisfied (each certificate issued); Activity Streams' submit for the
 * course evaluation and confirm for the attestation of time spent.
 */

export const XAPI_VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  submitted: 'http://activitystrea.ms/schema/1.0/submit',
  confirmed: 'http://activitystrea.ms/schema/1.0/confirm',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;

export type XapiVerbName = keyof typeof XAPI_VERBS;

/** cmi5's context extension for the score needed to pass. */
export const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const XAPI_EXTENSION = {
  attemptId: 'urn:ce-player:xapi:extension:attempt-id',
  attemptNumber: 'urn:ce-player:xapi:extension:attempt-number',
  certificateId: 'urn:ce-player:xapi:extension:certificate-id',
  supersedes: 'urn:ce-player:xapi:extension:supersedes',
  hoursClaimed: 'urn:ce-player:xapi:extension:hours-claimed',
  attestedMinutes: 'urn:ce-player:xapi:extension:attested-minutes',
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

/** A course version a statement is about. */
export interface CourseVersion {
  id: string;
  version: string;
}

/** What a statement says besides who did what to which activity, and when. */
export type StatementExtras = Pick<XapiStatement, 'result'> & { extensions?: Record<string, unknown> };

/**
 * Makes one statement. `key` names the event within the learner's record of that activity (`first-open`,
 * `attempt:<id>`…): the statement id is a name-based UUID of learner, verb, activity and key, so the same event
 * always gets the same id. Statements about a module, the post-test, the evaluation or the attestation name their
 * course version as the parent.
 */
export type StatementMaker = (
  verb: XapiVerbName,
  key: string,
  course: CourseVersion,
  object: XapiActivity,
  at: number,
  extras?: StatementExtras,
) => XapiStatement;

/** The statement maker for one learner's records. */
export function statementMaker(
  learnerId: string,
  actor: XapiAgent,
  activities: XapiActivities,
): StatementMaker {
  return (verb, key, course, object, at, extras = {}) => {
    const courseActivity = activities.course(course.id, course.version);
    return {
      id: statementId([learnerId, verb, object.id, key].join('\n')),
      actor,
      verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
      object,
      ...(extras.result ? { result: extras.result } : {}),
      context: {
        platform: 'CE Player',
        language: activities.language(course.id, course.version),
        ...(object.id === courseActivity.id ? {} : { contextActivities: { parent: [courseActivity] } }),
        ...(extras.extensions ? { extensions: extras.extensions } : {}),
      },
      timestamp: new Date(at).toISOString(),
    };
  };
}
