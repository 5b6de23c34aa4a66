import { randomUUID } from 'node:crypto';
import { normalizeCertificateFacts } from '../certificates/certificateSnapshot';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import { CoreError } from '../coreError';
import { learnerActor, writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { profileTextRules, readProfileText } from '../learners/learnerProfileInput';
import { backupAfterIssue } from './backupAfterIssue';
import { requireImportedRecordsName } from '../records/recordsOwner';
import { issueInstant } from './certificateFacts';
import {
  insertCertificate,
  keepCertificatePdf,
  markSuperseded,
  requireOwnCertificate,
} from './certificateRecords';
import type { IssuedCertificate, IssueOptions } from './issueCertificate';
import { sealCertificate } from './sealCertificate';

/** The corrected name, and credentials when they change too (absent: kept as they were). */
export interface NameCorrection {
  certificateName: string;
  credentials?: string;
}

/**
 * Corrects the learner's name (and optionally credentials) on a certificate by issuing a new certificate that
 * supersedes it. Every other fact is kept, including the completion date and the hours; the new one gets its own
 * id, code and issue time and says which certificate it replaces. Both stay in the records, the old one marked
 * superseded, and the audit log keeps the name before and after. Only a current certificate can be corrected.
 */
export async function correctCertificateName(
  db: LearnerDb,
  learnerId: string,
  certificateId: string,
  correction: NameCorrection,
  options: IssueOptions,
): Promise<IssuedCertificate> {
  const old = requireOwnCertificate(db, learnerId, certificateId);
  if (old.status !== 'current') {
    throw new CoreError(
      'conflict',
      `This certificate was already replaced by certificate ${old.supersededBy ?? ''}; correct that one instead.`,
    );
  }
  const certificateName = readProfileText(correction.certificateName, profileTextRules.certificateName, true);
  requireImportedRecordsName(db, learnerId, old.snapshot.courseId, certificateName);
  const credentials =
    correction.credentials === undefined
      ? old.snapshot.credentials
      : readProfileText(correction.credentials, profileTextRules.credentials, false);
  if (certificateName === old.snapshot.certificateName && credentials === old.snapshot.credentials) {
    throw new CoreError(
      'invalid_input',
      'The certificate already shows this name and these credentials; there is nothing to correct.',
    );
  }

  const key = loadOrCreateSigningKey(options.dataDir, options.now);
  const facts = {
    ...normalizeCertificateFacts(old.snapshot),
    certificateId: randomUUID(),
    certificateName,
    credentials,
    issuedAt: issueInstant(options.now).iso,
    supersedes: old.id,
  };
  const sealed = await sealCertificate(facts, key, options.fontDir, options.renderPdf);
  const newId = sealed.snapshot.certificateId;
  db.transaction(() => {
    if (requireOwnCertificate(db, learnerId, old.id).status !== 'current') {
      throw new CoreError('conflict', 'This certificate was corrected in another window just now.');
    }
    markSuperseded(db, old.id, newId);
    insertCertificate(db, learnerId, sealed.snapshot, sealed.credentialJson, issueInstant(options.now).ms);
    keepCertificatePdf(db, newId, sealed.pdf);
    writeAuditEntry(db, {
      learnerId,
      actor: learnerActor(learnerId),
      action: 'certificate.name_corrected',
      at: options.now,
      // The ids only: the names themselves are personal data and stay out of the audit log.
      before: { certificateId: old.id },
      after: { certificateId: newId },
    });
  }).immediate();
  const backupNotice = await backupAfterIssue(db, options.dataDir, options.now, options.log, options.sqlite);
  return { certificate: requireOwnCertificate(db, learnerId, newId), alreadyIssued: false, backupNotice };
}
