import { z } from 'zod';
import type { RecordsImportResult } from '../../contract/recordsSchemas';
import { attemptRecordsFormat, attemptRecordsSchema } from '../attempts/attemptRecordsFormat';
import { importAttemptRecords } from '../attempts/attemptRecordsTransfer';
import type { JsonObject } from '../certificates/canonicalJson';
import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import { recordsBundleFormat, recordsBundleFormatVersion } from './learnerRecordsBundle';
import type { CourseLibrary } from '../library/courseLibrary';
import { importLearnerRecords } from '../progress/importLearnerRecords';
import { describeValue } from '../issueText';
import { learnerRecordsFileSchema, learnerRecordsFormat } from '../progress/learnerRecordsFormat';
import { parseRecords, recordObject } from './parseRecords';
import { rememberRecordsOwner, requireRecordsOwner } from './recordsOwner';
import { checkRecordsSignature, unsignedFile, type RecordsSignatureCheck } from './recordsSignature';
import type { TrustedSigners } from './trustedInstallations';
import { keepUnverifiedImport, type UnverifiedRecords } from './unverifiedImports';

/*
 * Importing a records file. Nothing imported counts toward a certificate unless it is verified: signed by an
 * installation this machine trusts (its own, or one IT lists) and unchanged since. A verified file goes through the
 * live channels' rules and into the learner's records, all or nothing. Any other file (unsigned, from an untrusted
 * installation, or edited) is kept apart as history the learner can see, and counts for nothing.
 */

/** What an import works with. */
export interface RecordsImportContext {
  db: LearnerDb;
  library: CourseLibrary;
  /** The installations whose files count here; asked for only when a file is signed. */
  trustedSigners: () => TrustedSigners;
}

/** The layout of a records file before the signature is looked at, with its parts as read. */
interface ReadFile {
  document: JsonObject;
  /** Layout 2 bundles are the only files CE Player signs. */
  signable: boolean;
  exportedAt: number | null;
  records: UnverifiedRecords;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new CoreError('invalid_input', 'This is not a usable CE Player records file: it is not JSON.');
  }
}

const recordsBundleSchema = recordObject({
  format: z.literal(recordsBundleFormat),
  formatVersion: z.union([z.literal(1), z.literal(recordsBundleFormatVersion)], {
    error: (issue) => `says format ${describeValue(issue.input)}, which this version cannot read.`,
  }),
  learnerRecords: learnerRecordsFileSchema,
  attemptRecords: attemptRecordsSchema,
});

// Every layout CE Player has written: the signed bundle, the older unsigned bundle, and either part alone.
const recordsFileSchema = z.discriminatedUnion(
  'format',
  [learnerRecordsFileSchema, attemptRecordsSchema, recordsBundleSchema],
  {
    // A value that is not an object at all comes here too.
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
        ? 'does not name a file CE Player exports.'
        : 'is not an object.',
  },
);

function readFile(json: unknown): ReadFile {
  const file = parseRecords(recordsFileSchema, json);
  const document = json as JsonObject; // an object, as the schema just found
  switch (file.format) {
    case learnerRecordsFormat:
      return {
        document,
        signable: false,
        exportedAt: file.exportedAt,
        records: { learnerRecords: file, attemptRecords: null },
      };
    case attemptRecordsFormat:
      return {
        document,
        signable: false,
        exportedAt: null,
        records: { learnerRecords: null, attemptRecords: file },
      };
    default:
      return {
        document,
        signable: file.formatVersion === recordsBundleFormatVersion,
        exportedAt: file.learnerRecords.exportedAt,
        records: { learnerRecords: file.learnerRecords, attemptRecords: file.attemptRecords },
      };
  }
}

const nothingAdded = {
  moduleProgress: 0,
  positions: 0,
  notes: 0,
  bookmarks: 0,
  heartbeats: 0,
  attempts: 0,
  evaluations: 0,
  attestations: 0,
  skippedOpenAttempts: 0,
};

function importVerified(
  context: RecordsImportContext,
  learnerId: string,
  file: ReadFile,
  signedBy: string,
  now: number,
): RecordsImportResult {
  const { db, library } = context;
  const owner = requireRecordsOwner(db, learnerId, file.records);
  const added = db
    .transaction(() => {
      rememberRecordsOwner(db, learnerId, file.records, owner, now);
      return {
        ...importLearnerRecords(db, learnerId, file.document.learnerRecords, now),
        ...importAttemptRecords(db, library, learnerId, file.document.attemptRecords),
      };
    })
    .immediate();
  return { verified: true, signedBy, message: `Verified: signed by ${signedBy}.`, ...added };
}

function keepAsHistory(
  context: RecordsImportContext,
  learnerId: string,
  file: ReadFile,
  check: Extract<RecordsSignatureCheck, { verified: false }>,
  now: number,
): RecordsImportResult {
  const kept = keepUnverifiedImport(context.db, learnerId, {
    importedAt: now,
    exportedAt: file.exportedAt,
    reason: check.reason,
    signerKey: check.signerKey,
    records: file.records,
  });
  const message = kept
    ? `Imported, not verified: counts toward no certificate. ${check.message}`
    : `This file was already imported as unverified history; nothing changed. ${check.message}`;
  return { verified: false, signedBy: null, message, ...nothingAdded };
}

/**
 * Imports a records file (JSON text) for the learner: a verified file into their records, all or nothing, through
 * the same rules as the live channels, when it was exported from this learner (recordsOwner.ts); any other file as unverified history that counts for nothing. Importing the
 * same file twice adds nothing the second time. A file CE Player could not have written is refused with a message
 * naming the first problem.
 */
export function importRecordsText(
  context: RecordsImportContext,
  learnerId: string,
  text: string,
  now: number,
): RecordsImportResult {
  const file = readFile(parseJson(text));
  const check = file.signable ? checkRecordsSignature(file.document, context.trustedSigners()) : unsignedFile;
  return check.verified
    ? importVerified(context, learnerId, file, check.signedBy, now)
    : keepAsHistory(context, learnerId, file, check, now);
}
