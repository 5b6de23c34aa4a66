import type { StoredCertificate } from './certificateRecords';
import { renderStoredCertificate } from './sealCertificate';

/** The file name a certificate is saved under, without extension: course, version, date and a short id. */
function baseName(certificate: StoredCertificate): string {
  const { courseId, courseVersion, completionDate } = certificate.snapshot;
  const version = courseVersion.replace(/[^0-9A-Za-z.-]/g, '-');
  return `certificate-${courseId}-${version}-${completionDate}-${certificate.id.slice(0, 8)}`;
}

/** The certificate PDF, rendered again from what was issued (the same bytes every time), as base64. */
export async function certificatePdfFile(
  certificate: StoredCertificate,
  fontDir: string | undefined,
): Promise<{ fileName: string; dataBase64: string }> {
  const pdf = await renderStoredCertificate(certificate.snapshot, certificate.credentialJson, fontDir);
  return { fileName: `${baseName(certificate)}.pdf`, dataBase64: pdf.toString('base64') };
}

/** The signed credential exactly as issued, to save as a .json file. */
export function credentialFile(certificate: StoredCertificate): { fileName: string; json: string } {
  return { fileName: `${baseName(certificate)}.credential.json`, json: certificate.credentialJson };
}
