import type { AppLog } from '../app/appLog';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import type { LrsSettings } from '../config/lrsConfigSchema';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { RecordSync } from './recordSync';
import { enableStatementOutbox } from './statementOutbox';

/** What record sync is set up with besides the database and the settings. */
export interface RecordSyncSetup {
  /** The data directory: its installation key names the learners' xAPI accounts. */
  readonly dataDir: string;
  readonly findCourse: (courseId: string, courseVersion: string) => CoursePackage | null;
  readonly log: AppLog;
  readonly now: () => number;
}

/**
 * Record sync for a machine whose settings name an LRS: from now on learning events queue their statements (also
 * while sending is paused, so they go once it is on), and the returned worker sends them once started.
 */
export function setUpRecordSync(db: LearnerDb, settings: LrsSettings, setup: RecordSyncSetup): RecordSync {
  enableStatementOutbox(db, {
    installDid: loadOrCreateSigningKey(setup.dataDir, setup.now()).did,
    findCourse: setup.findCourse,
    now: setup.now,
  });
  return new RecordSync({ db, settings, log: setup.log, now: setup.now });
}
