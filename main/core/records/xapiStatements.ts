import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getLearnerProfile } from '../learners/learnerProfiles';
import { listLearnerCertificates } from '../issuance/certificateRecords';
import { XapiActivities } from './xapiActivities';
import {
  attemptStatements,
  attestationStatements,
  certificateStatements,
  evaluationStatements,
  progressStatements,
  type LearningEvent,
} from './xapiRecordStatements';
import { XAPI_VERBS, statementMaker, type XapiAgent, type XapiStatement } from './xapiStatementMaker';

/*
 * The learning record as xAPI 1.0.3 statements, for a clinic's Learning Record Store: the whole record for the
 * export, or one event's statements for the outbox that sends them (lrs/statementOutbox.ts). Both go through the
 * same readers and the same maker, so a statement sent live and the same statement exported later are one
 * statement, id and all.
 */

export { XAPI_VERBS, type LearningEvent, type XapiAgent, type XapiStatement };

/** What the export needs besides the database: the installation's identity and the installed courses. */
export interface XapiExportSources {
  /** The installation's did:key; the learner's account lives under it. */
  installDid: string;
  /** An installed course version, for activity names; null when it is no longer installed. */
  findCourse(courseId: string, courseVersion: string): CoursePackage | null;
}

const verbOrder = Object.keys(XAPI_VERBS);

/**
 * The statements of the learner's record, oldest first: every one, or only those of one event's rows. The same
 * records always give the same array.
 */
export function buildXapiStatements(
  db: LearnerDb,
  learnerId: string,
  sources: XapiExportSources,
  event?: LearningEvent,
): XapiStatement[] {
  const profile = getLearnerProfile(db, learnerId);
  const actor: XapiAgent = {
    objectType: 'Agent',
    name: profile.displayName,
    account: { homePage: `urn:ce-player:install:${sources.installDid}`, name: learnerId },
  };
  const certificates = listLearnerCertificates(db, learnerId);
  const activities = new XapiActivities(sources.findCourse, certificates);
  const records = { db, learnerId, activities, make: statementMaker(learnerId, actor, activities) };
  const statements = [
    ...progressStatements(records, event),
    ...attemptStatements(records, event),
    ...evaluationStatements(records, event),
    ...attestationStatements(records, event),
    ...certificateStatements(records, certificates, event),
  ];
  return statements.sort(
    (a, b) =>
      a.timestamp.localeCompare(b.timestamp) ||
      verbOrder.indexOf(a.verb.display['en-US'] ?? '') - verbOrder.indexOf(b.verb.display['en-US'] ?? '') ||
      a.id.localeCompare(b.id),
  );
}
