import type { CertificateSummary } from '../../contract/certificateSchemas';
import { csvDocument } from './csvText';

/** The `format` marker of a transcript JSON file. */
export const transcriptFormat = 'ce-player.transcript';

const CSV_HEADER = [
  'Certificate ID',
  'Status',
  'Course',
  'Course ID',
  'Course version',
  'Provider',
  'Name on certificate',
  'Credentials',
  'License number',
  'License state',
  'Completion date',
  'Issued (UTC)',
  'Hours claimed',
  'Post-test score (%)',
  'Verification code',
  'Replaces certificate',
  'Replaced by certificate',
  'Signed by',
] as const;

/**
 * The transcript as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read accented names
 * correctly). One row per certificate; cells a spreadsheet would run as formulas are defused.
 */
export function transcriptCsv(rows: readonly CertificateSummary[]): string {
  const records = rows.map((row) => [
    row.certificateId,
    row.status,
    row.courseTitle,
    row.courseId,
    row.courseVersion,
    row.providerName,
    row.certificateName,
    row.credentials,
    row.licenseNumber,
    row.licenseState,
    row.completionDate,
    row.issuedAt,
    row.hoursClaimed,
    row.postTestPercent,
    row.verificationCode,
    row.supersedes,
    row.supersededBy,
    row.issuerDid,
  ]);
  return `\uFEFF${csvDocument(CSV_HEADER, records)}`;
}

/** Who the transcript is for. */
export interface TranscriptLearner {
  displayName: string;
  certificateName: string;
  credentials: string;
}

/**
 * The transcript as a JSON document: the learner, the total hours of current certificates, and every certificate
 * (superseded ones included, with their status).
 */
export function transcriptJson(
  learner: TranscriptLearner,
  rows: readonly CertificateSummary[],
  now: number,
): string {
  const currentHours = rows
    .filter((row) => row.status === 'current')
    .reduce((sum, row) => sum + row.hoursClaimed, 0);
  const document = {
    format: transcriptFormat,
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    learner,
    totalHoursClaimed: Math.round(currentHours * 100) / 100,
    certificates: rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
