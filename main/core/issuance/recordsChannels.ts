import type { RecordsExportFormat } from '../../contract/certificateSchemas';
import type { ChannelHandlers } from '../app/channelHandlers';
import { requireSignedIn } from '../app/session';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import { getLearnerProfile } from '../learners/learnerProfiles';
import { localCalendarDate } from './certificateFacts';
import { listCertificates } from './certificateSummary';
import type { IssuanceContext } from './issuanceContext';
import { exportRecordsBundle, importRecordsText } from './learnerRecordsBundle';
import { transcriptCsv, transcriptJson } from './transcriptExports';
import { buildXapiStatements } from './xapiStatements';

type RecordsChannel = 'records.export' | 'records.import';

interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** One export of the learner's records, as text to save. */
export function exportRecords(
  context: IssuanceContext,
  learnerId: string,
  format: RecordsExportFormat,
): ExportedFile {
  const { db } = context;
  const now = context.now();
  const date = localCalendarDate(now);
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
      const installDid = loadOrCreateSigningKey(context.dataDir).did;
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
    case 'learner-records':
      return {
        fileName: `ce-player-records-${date}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(exportRecordsBundle(db, learnerId, now), null, 2)}\n`,
      };
  }
}

/** Exporting the signed-in learner's transcript and records, and importing records from another computer. */
export function createRecordsHandlers(context: IssuanceContext): Pick<ChannelHandlers, RecordsChannel> {
  return {
    'records.export': ({ format }, session) => exportRecords(context, requireSignedIn(session), format),
    'records.import': ({ content }, session) =>
      importRecordsText(context.db, context.library, requireSignedIn(session), content, context.now()),
  };
}
