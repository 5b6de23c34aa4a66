import { randomUUID } from 'node:crypto';
import type { CompletionStep } from '../../contract/playerSchemas';
import type { SqliteOpener } from '../db/sqliteDatabase';
import type { AppLog } from '../app/appLog';
import type { CertificatePdfRenderer } from '../certificates/renderCertificatePdf';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import { completionStatus } from '../completion/completionStatus';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import { learnerActor, writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { backupAfterIssue } from './backupAfterIssue';
import { certificateFactsFor, issueInstant } from './certificateFacts';
import {
  findCurrentCertificate,
  insertCertificate,
  keepCertificatePdf,
  requireOwnCertificate,
} from './certificateRecords';
import type { StoredCertificate } from './certificateRecords';
import { sealCertificate } from './sealCertificate';

/** Where and when a certificate is issued. */
export interface IssueOptions {
  /** The data directory: its signing key signs, its backups folder gets a backup. */
  dataDir: string;
  /** The certificate fonts; see `resolveCertificateFontDir` for the default. */
  fontDir?: string;
  /** Unix ms. */
  now: number;
  log?: AppLog;
  /** Draws the PDF; default renderCertificatePdf. */
  renderPdf?: CertificatePdfRenderer;
  /** Opens the backup made after issuing; default the package's own build of better-sqlite3. */
  sqlite?: SqliteOpener;
}

/** A certificate handed to the learner. */
export interface IssuedCertificate {
  certificate: StoredCertificate;
  /** True when the learner already held this certificate and it was returned unchanged (a reprint). */
  alreadyIssued: boolean;
  /** Set when the backup after issuing failed; the certificate is stored all the same. */
  backupNotice: string | null;
}

/** The refusal when completion rules are unmet, naming every one that is. */
export function notYetEarned(missing: readonly CompletionStep[]): CoreError {
  return new CoreError(
    'forbidden',
    `Your certificate cannot be issued yet. Still to do: ${missing.map((step) => step.text).join(' ')}`,
  );
}

/**
 * Issues the learner's completion certificate for the course's current version. A learner who already holds a
 * current certificate for this version gets that one back (the same credential, so a reprint is identical).
 * Otherwise every completion rule must be met (`CoreError('forbidden')` lists what is missing); then the facts
 * are frozen, signed with the installation key, rendered once as the PDF, and stored with that PDF in one
 * transaction with an audit entry. A backup of the database follows; its failure is reported, not thrown.
 */
export async function issueCertificate(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  options: IssueOptions,
): Promise<IssuedCertificate> {
  requireLearner(db, learnerId);
  const held = findCurrentCertificate(db, learnerId, course.id, course.version);
  if (held) return { certificate: held, alreadyIssued: true, backupNotice: null };
  const { missing } = completionStatus(db, learnerId, course, options.now);
  if (missing.length > 0) throw notYetEarned(missing);

  const key = loadOrCreateSigningKey(options.dataDir, options.now);
  const facts = certificateFactsFor(db, learnerId, course, randomUUID(), options.now);
  const sealed = await sealCertificate(facts, key, options.fontDir, options.renderPdf);
  const stored = db
    .transaction((): { id: string; inserted: boolean } => {
      // Another window may have issued it while this one was signing: theirs stands.
      const raced = findCurrentCertificate(db, learnerId, course.id, course.version);
      if (raced) return { id: raced.id, inserted: false };
      const { snapshot } = sealed;
      insertCertificate(db, learnerId, snapshot, sealed.credentialJson, issueInstant(options.now).ms);
      keepCertificatePdf(db, snapshot.certificateId, sealed.pdf);
      writeAuditEntry(db, {
        learnerId,
        actor: learnerActor(learnerId),
        action: 'certificate.issued',
        at: options.now,
        after: {
          certificateId: snapshot.certificateId,
          courseId: snapshot.courseId,
          courseVersion: snapshot.courseVersion,
          hoursClaimed: snapshot.hoursClaimed,
          verificationCode: snapshot.verificationCode,
        },
      });
      return { id: snapshot.certificateId, inserted: true };
    })
    .immediate();
  const certificate = requireOwnCertificate(db, learnerId, stored.id);
  if (!stored.inserted) return { certificate, alreadyIssued: true, backupNotice: null };
  const backupNotice = await backupAfterIssue(db, options.dataDir, options.now, options.log, options.sqlite);
  return { certificate, alreadyIssued: false, backupNotice };
}
