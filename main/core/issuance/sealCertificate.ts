import { buildCertificateCredential, type SignedCredential } from '../certificates/certificateCredential';
import { normalizeCertificateFacts, wholePercent } from '../certificates/certificateSnapshot';
import type { CertificateFacts, CertificateSnapshot } from '../certificates/certificateSnapshot';
import {
  renderCertificatePdf,
  serializeCredential,
  type CertificatePdfRenderer,
} from '../certificates/renderCertificatePdf';
import type { SigningKey } from '../certificates/signingKey';
import { createVerificationCode } from '../certificates/verificationCode';
import { CoreError } from '../coreError';

/** A certificate ready to store: its snapshot, the exact credential.json text, and its PDF. */
export interface SealedCertificate {
  snapshot: CertificateSnapshot;
  credentialJson: string;
  pdf: Buffer;
}

/**
 * Turns facts into a certificate: the verification code, the signed credential, and the PDF, rendered once (a name
 * the fonts cannot show, or text too long for the page, is refused here, before anything is stored) and stored with
 * the certificate, so saving or opening it serves these bytes. The facts are first put in the form the credential
 * states them (the post-test score in the whole percent printed, credentials without outer spaces), so the snapshot
 * is exactly what the credential proves.
 */
export async function sealCertificate(
  facts: CertificateFacts,
  key: SigningKey,
  fontDir: string | undefined,
  renderPdf: CertificatePdfRenderer = renderCertificatePdf,
): Promise<SealedCertificate> {
  const read = normalizeCertificateFacts(facts);
  const normalized = {
    ...read,
    credentials: read.credentials.trim(),
    postTestScore: read.postTestScore === null ? null : wholePercent(read.postTestScore) / 100,
  };
  const snapshot: CertificateSnapshot = {
    ...normalized,
    verificationCode: createVerificationCode(normalized, key),
  };
  const credential = await buildCertificateCredential(snapshot, key);
  const pdf = await renderPdf(snapshot, credential, { fontDir });
  return { snapshot, credentialJson: serializeCredential(credential), pdf };
}

/**
 * The certificate PDF of a stored certificate, rendered from its snapshot and its credential exactly as issued.
 * The same certificate always gives the same bytes.
 */
export async function renderStoredCertificate(
  snapshot: CertificateSnapshot,
  credentialJson: string,
  fontDir: string | undefined,
  renderPdf: CertificatePdfRenderer = renderCertificatePdf,
): Promise<Buffer> {
  const credential = JSON.parse(credentialJson) as SignedCredential;
  // The PDF attaches serializeCredential(credential); it must be the stored text, byte for byte.
  if (serializeCredential(credential) !== credentialJson) {
    throw new CoreError(
      'storage',
      'This certificate’s stored credential is not in the form it was issued in, so it cannot be printed.',
    );
  }
  return renderPdf(snapshot, credential, { fontDir });
}
