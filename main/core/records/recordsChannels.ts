import type { RecordsExportFormat } from '../../contract/recordsSchemas';
import type { NamespaceHandlers } from '../app/channelHandlers';
import { requireSignedIn } from '../app/session';
import { calendarDay } from '../calendarDay';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import { getLearnerProfile } from '../learners/learnerProfiles';
import { importRecordsText } from './importRecordsFile';
import { trustedSigners } from './trustedInstallations';
import { listUnverifiedImports } from './unverifiedImports';
import { unverifiedImportView } from './unverifiedImportView';
import { listCertificates } from '../issuance/certificateSummary';
import type { IssuanceContext } from '../issuance/issuanceContext';
import { exportRecordsBundle } from './learnerRecordsBundle';
import { transcriptCsv, transcriptJson } from './transcriptExports';
import { buildXapiStatements } from './xapiStatements';

/** What the records channels work with: the certificate channels' context less what draws and logs. */
export type RecordsContext = Pick<
  IssuanceContext,
  'db' | 'library' | 'dataDir' | 'now' | 'trustedInstallations'
>;

interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** One export of the learner's records, as text to save. */
export function exportRecords(
  context: RecordsContext,
  learnerId: string,
  format: RecordsExportFormat,
): ExportedFile {
  const { db } = context;
  const now = context.now();
  const date = calendarDay(now);
  switch (format) {
    case 'transcript-csv':
      return {
        fileName: `ce-transcript-${date}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        content: transcriptCsv(listCertificates(db, learnerId)),
      };
    case 'transcript-json': {
      const profile = getLearnerProfile(db, learnerId);
      const learner = {
        displayName: profile.displayName,
        certificateName: profile.certificateName,
        credentials: profile.credentials,
      };
      return {
        fileName: `ce-transcript-${date}.json`,
        mimeType: 'application/json',
        content: transcriptJson(learner, listCertificates(db, learnerId), now),
      };
    }
    case 'xapi': {
      // The learner's xAPI account lives under this installation's identity, its did:key.
      const installDid = loadOrCreateSigningKey(context.dataDir, now).did;
      const statements = buildXapiStatements(db, learnerId, {
        installDid,
        findCourse: (courseId, version) => context.library.findVersion(courseId, version),
      });
      return {
        fileName: `ce-xapi-statements-${date}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(statements, null, 2)}\n`,
      };
    }
    case 'learner-records': {
      const bundle = exportRecordsBundle(db, learnerId, loadOrCreateSigningKey(context.dataDir, now), now);
      return {
        fileName: `ce-player-records-${date}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(bundle, null, 2)}\n`,
      };
    }
  }
}

/**
 * Exporting the signed-in learner's transcript and records (a records file is signed by this installation), and
 * importing records from another computer: a file signed by a trusted installation counts, any other is kept as
 * unverified history only.
 */
export function createRecordsHandlers(context: RecordsContext): NamespaceHandlers<'records'> {
  const { db, library, dataDir } = context;
  const importContext = {
    db,
    library,
    trustedSigners: () => trustedSigners(dataDir, context.trustedInstallations, context.now()),
  };
  return {
    'records.export': ({ format }, session) => exportRecords(context, requireSignedIn(session), format),
    'records.import': ({ content }, session) =>
      importRecordsText(importContext, requireSignedIn(session), content, context.now()),
    'records.history': (_input, session) => ({
      installationKey: loadOrCreateSigningKey(dataDir, context.now()).did,
      unverifiedImports: listUnverifiedImports(db, requireSignedIn(session)).map((entry) =>
        unverifiedImportView(library, entry),
      ),
    }),
  };
}
