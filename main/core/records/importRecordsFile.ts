import type { RecordsImportResult } from '../../contract/certificateSchemas';
import { attemptRecordsFormat, readAttemptRecords } from '../attempts/attemptRecordsFormat';
import { importAttemptRecords } from '../attempts/attemptRecordsTransfer';
import type { JsonObject } from '../certificates/canonicalJson';
import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import { recordsBundleFormat, recordsBundleFormatVersion } from '../issuance/learnerRecordsBundle';
import type { CourseLibrary } from '../library/courseLibrary';
import { importLearnerRecords } from '../progress/importLearnerRecords';
import { learnerRecordsFormat, readLearnerRecordsFile } from '../progress/learnerRecordsFormat';
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

function notRecords(detail: string): CoreError {
  return new CoreError('invalid_input', `This is not a usable CE Player records file: ${detail}.`);
}

function parseDocument(text: string): JsonObject {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notRecords('it is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw notRecords('it is not an object');
  return data as JsonObject;
}

// Every layout CE Player has written: the signed bundle, the older unsigned bundle, and either part alone.
function readFile(document: JsonObject): ReadFile {
  const { format } = document;
  if (format === learnerRecordsFormat) {
    const learnerRecords = readLearnerRecordsFile(document);
    const exportedAt = learnerRecords.exportedAt;
    return { document, signable: false, exportedAt, records: { learnerRecords, attemptRecords: null } };
  }
  if (format === attemptRecordsFormat) {
    const records = { learnerRecords: null, attemptRecords: readAttemptRecords(document) };
    return { document, signable: false, exportedAt: null, records };
  }
  if (format !== recordsBundleFormat) throw notRecords('it is not a file CE Player exported');
  const version = document.formatVersion;
  if (version !== 1 && version !== recordsBundleFormatVersion) {
    throw notRecords(`it uses format ${String(version)}, which this version cannot read`);
  }
  const learnerRecords = readLearnerRecordsFile(document.learnerRecords);
  const records = { learnerRecords, attemptRecords: readAttemptRecords(document.attemptRecords) };
  return {
    document,
    signable: version === recordsBundleFormatVersion,
    exportedAt: learnerRecords.exportedAt,
    records,
  };
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
  const added = db
    .transaction(() => ({
      ...importLearnerRecords(db, learnerId, file.document.learnerRecords, now),
      ...importAttemptRecords(db, library, learnerId, file.document.attemptRecords),
    }))
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
 * the same rules as the live channels; any other file as unverified history that counts for nothing. Importing the
 * same file twice adds nothing the second time. A file CE Player could not have written is refused with a message
 * naming the first problem.
 */
export function importRecordsText(
  context: RecordsImportContext,
  learnerId: string,
  text: string,
  now: number,
): RecordsImportResult {
  const file = readFile(parseDocument(text));
  const check = file.signable ? checkRecordsSignature(file.document, context.trustedSigners()) : unsignedFile;
  return check.verified
    ? importVerified(context, learnerId, file, check.signedBy, now)
    : keepAsHistory(context, learnerId, file, check, now);
}
