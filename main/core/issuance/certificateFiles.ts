import { describeStorageFailure } from '../db/storageFailure';
import { findCertificatePdf, keepCertificatePdf, type StoredCertificate } from './certificateRecords';
import type { IssuanceContext } from './issuanceContext';
import { renderStoredCertificate } from './sealCertificate';

/** A certificate's PDF and the name it is saved under. */
export interface CertificatePdf {
  fileName: string;
  pdf: Buffer;
}

/** The file name a certificate is saved under, without extension: course, version, date and a short id. */
function baseName(certificate: StoredCertificate): string {
  const { courseId, courseVersion, completionDate } = certificate.snapshot;
  const version = courseVersion.replace(/[^0-9A-Za-z.-]/g, '-');
  return `certificate-${courseId}-${version}-${completionDate}-${certificate.id.slice(0, 8)}`;
}

/**
 * The certificate's PDF: the bytes it was issued with, as stored, never drawn or checked again (the page was drawn
 * only from a credential that verified, and the stored row cannot change). A certificate issued before PDFs were
 * kept is drawn once from its stored credential, which is verified first, and its PDF is kept from then on; where
 * the data folder cannot be written, it is served all the same and drawn again next time.
 */
export async function certificatePdf(
  context: Pick<IssuanceContext, 'db' | 'fontDir' | 'renderPdf' | 'log'>,
  certificate: StoredCertificate,
): Promise<CertificatePdf> {
  const fileName = `${baseName(certificate)}.pdf`;
  const kept = findCertificatePdf(context.db, certificate.id);
  if (kept) return { fileName, pdf: kept };
  const { snapshot, credentialJson } = certificate;
  const pdf = await renderStoredCertificate(snapshot, credentialJson, context.fontDir, context.renderPdf);
  try {
    keepCertificatePdf(context.db, certificate.id, pdf);
  } catch (error) {
    if (describeStorageFailure(error) === null) throw error;
    context.log?.info(`The PDF of certificate ${certificate.id} could not be kept: ${String(error)}`);
  }
  return { fileName, pdf };
}

/** The signed credential exactly as issued, to save as a .json file. */
export function credentialFile(certificate: StoredCertificate): { fileName: string; json: string } {
  return { fileName: `${baseName(certificate)}.credential.json`, json: certificate.credentialJson };
}
