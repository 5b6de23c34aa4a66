import { buildCertificateCredential, type SignedCredential } from '../certificates/certificateCredential';
import { normalizeCertificateFacts, wholePercent } from '../certificates/certificateSnapshot';
import type { CertificateFacts, CertificateSnapshot } from '../certificates/certificateSnapshot';
import { renderCertificatePdf, serializeCredential } from '../certificates/renderCertificatePdf';
import type { SigningKey } from '../certificates/signingKey';
import { createVerificationCode } from '../certificates/verificationCode';
import { CoreError } from '../coreError';

/** A certificate ready to store: its snapshot and the exact credential.json text. */
export interface SealedCertificate {
  snapshot: CertificateSnapshot;
  credentialJson: string;
}

/**
 * Turns facts into a certificate: the verification code, the signed credential, and one rendering of the PDF to
 * prove it prints (a name the fonts cannot show, or text too long for the page, is refused here, before anything
 * is stored). The PDF is not kept: it is rendered again, byte for byte the same, whenever it is downloaded. The
 * facts are first put in the form the credential states them (the post-test score in the whole percent printed,
 * credentials without outer spaces), so the snapshot is exactly what the credential proves.
 */
export async function sealCertificate(
  facts: CertificateFacts,
  key: SigningKey,
  fontDir: string | undefined,
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
  await renderCertificatePdf(snapshot, credential, { fontDir });
  return { snapshot, credentialJson: serializeCredential(credential) };
}

/**
 * The certificate PDF of a stored certificate, rendered from its snapshot and its credential exactly as issued.
 * The same certificate always gives the same bytes.
 */
export async function renderStoredCertificate(
  snapshot: CertificateSnapshot,
  credentialJson: string,
  fontDir: string | undefined,
): Promise<Buffer> {
  const credential = JSON.parse(credentialJson) as SignedCredential;
  // The PDF attaches serializeCredential(credential); it must be the stored text, byte for byte.
  if (serializeCredential(credential) !== credentialJson) {
    throw new CoreError(
      'storage',
      'This certificate’s stored credential is not in the form it was issued in, so it cannot be printed.',
    );
  }
  return renderCertificatePdf(snapshot, credential, { fontDir });
}
