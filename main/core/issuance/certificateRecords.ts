import { CoreError } from '../coreError';
import type { CertificateSnapshot } from '../certificates/certificateSnapshot';
import type { LearnerDb } from '../db/learnerDatabase';
import { queueLearningEvent } from '../lrs/statementOutbox';

/*
 * The certificates table: each issued certificate's frozen snapshot and its signed credential, byte-exact. Rows are
 * never changed after insert except to mark one superseded by its correction (the database enforces this). Beside
 * it, certificate_pdfs keeps the PDF each was issued with, never changed either.
 */

export type CertificateStatus = 'current' | 'superseded';

/** An issued certificate as stored. */
export interface StoredCertificate {
  id: string;
  learnerId: string;
  courseId: string;
  courseVersion: string;
  /** Unix ms (whole seconds: the snapshot's `issuedAt`). */
  issuedAt: number;
  snapshot: CertificateSnapshot;
  /** credential.json exactly as issued. */
  credentialJson: string;
  /** The signing installation's did:key, read from the credential. */
  issuerDid: string;
  verificationCode: string;
  supersedes: string | null;
  supersededBy: string | null;
  status: CertificateStatus;
}

interface CertificateRow {
  id: string;
  learner_id: string;
  course_id: string;
  course_version: string;
  issued_at: number;
  snapshot_json: string;
  credential_json: string;
  verification_code: string;
  supersedes: string | null;
  superseded_by: string | null;
  status: CertificateStatus;
}

/** The one message for a certificate that is missing or belongs to someone else, so neither can be told apart. */
export const certificateNotFoundMessage = 'That certificate is not in your transcript.';

function fromRow(row: CertificateRow): StoredCertificate {
  const credential = JSON.parse(row.credential_json) as { issuer?: { id?: unknown } };
  return {
    id: row.id,
    learnerId: row.learner_id,
    courseId: row.course_id,
    courseVersion: row.course_version,
    issuedAt: row.issued_at,
    snapshot: JSON.parse(row.snapshot_json) as CertificateSnapshot,
    credentialJson: row.credential_json,
    issuerDid: typeof credential.issuer?.id === 'string' ? credential.issuer.id : '',
    verificationCode: row.verification_code,
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    status: row.status,
  };
}

/** Stores a newly issued certificate as current, and queues its statements. Call inside the issuing transaction. */
export function insertCertificate(
  db: LearnerDb,
  learnerId: string,
  snapshot: CertificateSnapshot,
  credentialJson: string,
  issuedAt: number,
): void {
  db.prepare(
    `INSERT INTO certificates (id, learner_id, course_id, course_version, issued_at, snapshot_json,
       credential_json, verification_code, supersedes, superseded_by, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'current')`,
  ).run(
    snapshot.certificateId,
    learnerId,
    snapshot.courseId,
    snapshot.courseVersion,
    issuedAt,
    JSON.stringify(snapshot),
    credentialJson,
    snapshot.verificationCode,
    snapshot.supersedes,
  );
  queueLearningEvent(db, learnerId, { kind: 'certificate', certificateId: snapshot.certificateId });
}

/** Marks a current certificate as replaced by its correction. */
export function markSuperseded(db: LearnerDb, certificateId: string, supersededBy: string): void {
  db.prepare(
    "UPDATE certificates SET status = 'superseded', superseded_by = ? WHERE id = ? AND status = 'current'",
  ).run(supersededBy, certificateId);
}

/** The learner's current certificate for one course version, or null. */
export function findCurrentCertificate(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): StoredCertificate | null {
  const row = db
    .prepare(
      `SELECT * FROM certificates WHERE learner_id = ? AND course_id = ? AND course_version = ?
       AND status = 'current'`,
    )
    .get(learnerId, courseId, courseVersion) as CertificateRow | undefined;
  return row ? fromRow(row) : null;
}

/** One of the learner's own certificates; any other id (missing, or another learner's) is not_found. */
export function requireOwnCertificate(
  db: LearnerDb,
  learnerId: string,
  certificateId: string,
): StoredCertificate {
  const row = db
    .prepare('SELECT * FROM certificates WHERE id = ? AND learner_id = ?')
    .get(certificateId, learnerId) as CertificateRow | undefined;
  if (!row) throw new CoreError('not_found', certificateNotFoundMessage);
  return fromRow(row);
}

/** Every certificate of the learner, oldest first. */
export function listLearnerCertificates(db: LearnerDb, learnerId: string): StoredCertificate[] {
  const rows = db
    .prepare('SELECT * FROM certificates WHERE learner_id = ? ORDER BY issued_at, id')
    .all(learnerId) as CertificateRow[];
  return rows.map(fromRow);
}

/** Who replaced a certificate issued here with this id and credential, or null (also when it is not ours). */
export function findReplacement(db: LearnerDb, certificateId: string, credentialJson: string): string | null {
  const row = db
    .prepare('SELECT superseded_by, credential_json FROM certificates WHERE id = ?')
    .get(certificateId) as { superseded_by: string | null; credential_json: string } | undefined;
  if (!row) return null;
  return canonicalEqual(row.credential_json, credentialJson) ? row.superseded_by : null;
}

/** Who replaced a certificate issued here with this id and verification code, or null (also when it is not ours). */
export function findReplacementByCode(
  db: LearnerDb,
  certificateId: string,
  verificationCode: string,
): string | null {
  const row = db
    .prepare('SELECT superseded_by FROM certificates WHERE id = ? AND verification_code = ?')
    .get(certificateId, verificationCode) as { superseded_by: string | null } | undefined;
  return row?.superseded_by ?? null;
}

/** The PDF kept for a certificate, or null for one issued before PDFs were kept and not opened since. */
export function findCertificatePdf(db: LearnerDb, certificateId: string): Buffer | null {
  const row = db.prepare('SELECT pdf FROM certificate_pdfs WHERE certificate_id = ?').get(certificateId) as
    { pdf: Buffer } | undefined;
  return row?.pdf ?? null;
}

/** Keeps a certificate's PDF, the bytes it was issued with; one kept already (by another window) stands. */
export function keepCertificatePdf(db: LearnerDb, certificateId: string, pdf: Buffer): void {
  db.prepare(
    'INSERT INTO certificate_pdfs (certificate_id, pdf) VALUES (?, ?) ON CONFLICT (certificate_id) DO NOTHING',
  ).run(certificateId, pdf);
}

function canonicalEqual(a: string, b: string): boolean {
  return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
}
