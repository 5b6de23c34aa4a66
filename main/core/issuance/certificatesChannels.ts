import type { NamespaceHandlers } from '../app/channelHandlers';
import { requireSignedIn, type Session } from '../app/session';
import { warmCertificateLibraries } from '../certificates/certificateLibrariesWarmup';
import { completionStatus } from '../completion/completionStatus';
import { certificatePdf, credentialFile, type CertificatePdf } from './certificateFiles';
import { findCurrentCertificate, requireOwnCertificate } from './certificateRecords';
import { certificateSummary, listCertificates } from './certificateSummary';
import { correctCertificateName } from './correctCertificateName';
import { issueOptions, type IssuanceContext } from './issuanceContext';
import { issueCertificate, type IssuedCertificate } from './issueCertificate';
import { verifyUploadedCertificate } from './verifyUploadedCertificate';

function issuedSummary(issued: IssuedCertificate) {
  return {
    ...certificateSummary(issued.certificate),
    alreadyIssued: issued.alreadyIssued,
    backupNotice: issued.backupNotice,
  };
}

/**
 * The PDF of one of the signed-in learner's own certificates, as bytes: the `certificates.pdf` channel and the
 * shells' PDF addresses (certificatePdfResponse) both serve it; another learner's id is not_found.
 */
export function ownCertificatePdf(
  context: IssuanceContext,
  certificateId: string,
  session: Session,
): Promise<CertificatePdf> {
  return certificatePdf(context, requireOwnCertificate(context.db, requireSignedIn(session), certificateId));
}

/**
 * The certificate channels. Each acts on the signed-in learner's own certificates only (another learner's id is
 * not_found, worded as a missing one), except `certificates.verify`, which anyone may use on any file.
 */
export function createCertificatesHandlers(context: IssuanceContext): NamespaceHandlers<'certificates'> {
  const { db, library } = context;
  return {
    'certificates.status': ({ courseId }, session) => {
      const learnerId = requireSignedIn(session);
      warmCertificateLibraries();
      const course = library.get(courseId);
      const current = findCurrentCertificate(db, learnerId, course.id, course.version);
      const { missing } = completionStatus(db, learnerId, course, context.now());
      return {
        eligible: current !== null || missing.length === 0,
        missing,
        current: current ? certificateSummary(current) : null,
      };
    },
    'certificates.issue': async ({ courseId }, session) => {
      const learnerId = requireSignedIn(session);
      return issuedSummary(
        await issueCertificate(db, learnerId, library.get(courseId), issueOptions(context)),
      );
    },
    'certificates.list': (_input, session) => listCertificates(db, requireSignedIn(session)),
    'certificates.pdf': async ({ certificateId }, session) => {
      const file = await ownCertificatePdf(context, certificateId, session);
      // The contract carries JSON, so the bytes go to the screens as base64.
      return { fileName: file.fileName, dataBase64: file.pdf.toString('base64') };
    },
    'certificates.credential': ({ certificateId }, session) =>
      credentialFile(requireOwnCertificate(db, requireSignedIn(session), certificateId)),
    'certificates.correctName': async ({ certificateId, certificateName, credentials }, session) => {
      const learnerId = requireSignedIn(session);
      const correction = credentials === undefined ? { certificateName } : { certificateName, credentials };
      const issued = await correctCertificateName(
        db,
        learnerId,
        certificateId,
        correction,
        issueOptions(context),
      );
      return certificateSummary(issued.certificate);
    },
    'certificates.verify': (upload) =>
      verifyUploadedCertificate(db, { dataDir: context.dataDir, fontDir: context.fontDir }, upload),
  };
}
