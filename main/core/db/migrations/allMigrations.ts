import { learnerProfilesMigration } from './0001-learner-profiles';
import { moduleProgressMigration } from './0002-module-progress';
import { timeOnTaskMigration } from './0003-time-on-task';
import { pinThrottleMigration } from './0004-pin-throttle';
import { quizAttemptsMigration } from './0005-quiz-attempts';
import { evaluationsAndAttestationsMigration } from './0006-evaluations-and-attestations';
import { certificatesMigration } from './0007-certificates';
import { unverifiedRecordImportsMigration } from './0008-unverified-record-imports';
import { auditLogFactsMigration } from './0009-audit-log-facts';
import { disclosureAcknowledgementsMigration } from './0010-disclosure-acknowledgements';
import { certificatePdfsMigration } from './0011-certificate-pdfs';
import { lrsOutboxMigration } from './0012-lrs-outbox';
import { importedRecordOwnersMigration } from './0013-imported-record-owners';
import type { Migration } from './migration';

/** Every schema step, in order. Append new steps; never edit or reorder a released one. */
export const allMigrations: readonly Migration[] = [
  learnerProfilesMigration,
  moduleProgressMigration,
  timeOnTaskMigration,
  pinThrottleMigration,
  quizAttemptsMigration,
  evaluationsAndAttestationsMigration,
  certificatesMigration,
  unverifiedRecordImportsMigration,
  auditLogFactsMigration,
  disclosureAcknowledgementsMigration,
  certificatePdfsMigration,
  lrsOutboxMigration,
  importedRecordOwnersMigration,
];

/** The schema version this build writes. A database above it came from a newer CE Player. */
export const latestSchemaVersion = allMigrations.length;
