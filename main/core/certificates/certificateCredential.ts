import { CoreError } from '../coreError';
import type { JsonObject } from './canonicalJson';
import { certificateFactsJson, normalizeCertificateFacts, VERIFICATION_CODE } from './certificateSnapshot';
import type { CertificateFacts, CertificateSnapshot } from './certificateSnapshot';
import { signDocument, type DataIntegrityProof } from './dataIntegrityProof';
import type { SigningKey } from './signingKey';
import { createVerificationCode } from './verificationCode';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** The `type` of the extension object that carries every certificate fact in plain form. */
export const FACTS_EXTENSION_TYPE = 'CePlayerCertificateExtension';
/** The name of the credential file attached to every certificate PDF. */
export const CREDENTIAL_ATTACHMENT = 'credential.json';
export const NOT_ACCREDITED = 'Certificate of completion. This activity is not accredited.';

/** An Open Badges 3.0 OpenBadgeCredential (a W3C VC 2.0) as CE Player issues it, before signing. */
export interface CertificateCredential extends JsonObject {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; type: string[]; name: string };
  validFrom: string;
  name: string;
  credentialSubject: JsonObject;
}

/** The credential with its eddsa-jcs-2022 proof: what goes in credential.json and inside the PDF. */
export type SignedCredential = CertificateCredential & { proof: DataIntegrityProof };

/**
 * Builds and signs the certificate credential. Deterministic: the same snapshot and key give the same bytes, so a
 * reprint carries the same credential. Throws `CoreError('invalid_input')` when a fact cannot go on a certificate
 * or the snapshot's verification code is not the one this key derives from its facts.
 */
export function buildCertificateCredential(snapshot: CertificateSnapshot, key: SigningKey): SignedCredential {
  const { verificationCode, ...facts } = snapshot;
  if (
    !VERIFICATION_CODE.test(String(verificationCode)) ||
    verificationCode !== createVerificationCode(facts, key)
  ) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be issued: its verification code was not made by this installation for these facts.',
    );
  }
  const credential = unsignedCertificateCredential(facts, verificationCode, key.did);
  return signDocument(credential, key, credential.validFrom);
}

/**
 * The unsigned credential for these facts and issuer. Open Badges fields (name, achievement, criteria, credits,
 * result) say what other wallets show; the extension object repeats every fact in plain form so a verifier can
 * re-derive the printed page and rebuild this exact credential.
 */
export function unsignedCertificateCredential(
  facts: CertificateFacts,
  verificationCode: string,
  issuerDid: string,
): CertificateCredential {
  const f = normalizeCertificateFacts(facts);
  const achievementId = `urn:ce-player:course:${f.courseId}:${f.courseVersion}`;
  const postTestId = `${achievementId}:post-test`;
  const achievement: JsonObject = {
    id: achievementId,
    type: ['Achievement'],
    achievementType: 'CertificateOfCompletion',
    name: f.courseTitle,
    description: `Completion of the continuing-education course "${f.courseTitle}", version ${f.courseVersion}, offered by ${f.providerName}.`,
    criteria: { narrative: f.completionCriteria },
    version: f.courseVersion,
  };
  const subject: JsonObject = {
    type: ['AchievementSubject'],
    name: learnerDisplayName(f.certificateName, f.credentials),
    identifier: [
      { type: 'IdentityObject', identityHash: f.certificateName, identityType: 'name', hashed: false },
    ],
    achievement,
    creditsEarned: f.hoursClaimed,
  };
  if (f.licenseNumber !== null) subject.licenseNumber = f.licenseNumber;
  if (f.postTestScore !== null) {
    achievement.resultDescription = [
      { id: postTestId, type: ['ResultDescription'], name: 'Post-test score', resultType: 'Percent' },
    ];
    subject.result = [
      { type: ['Result'], resultDescription: postTestId, value: String(wholePercent(f.postTestScore)) },
    ];
  }
  subject.ceCertificate = {
    type: [FACTS_EXTENSION_TYPE],
    formatVersion: 1,
    ...certificateFactsJson(f),
    verificationCode,
    accreditation: f.accreditationStatement ?? NOT_ACCREDITED,
  };
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${f.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerDid, type: ['Profile'], name: f.providerName },
    validFrom: f.issuedAt,
    name: `Certificate of completion: ${f.courseTitle}`,
    credentialSubject: subject,
  };
}

/** "Name, credentials", or the name alone when there are none. */
export function learnerDisplayName(certificateName: string, credentials: string): string {
  return credentials.trim() === '' ? certificateName : `${certificateName}, ${credentials}`;
}

/** A 0..1 score as whole percent, rounded down so a certificate never shows a pass mark the learner missed. */
export function wholePercent(score: number): number {
  return Math.floor(score * 100 + 1e-9);
}
