import type { JsonObject } from './canonicalJson';
import {
  courseAchievement,
  identity,
  NOT_ACCREDITED,
  OB3_CONTEXT,
  postTestResult,
  VC_CONTEXT,
  type CertificateCredential,
} from './certificateCredential';
import {
  certificateFactsJson,
  learnerDisplayName,
  normalizeCertificateFacts,
  type CertificateFacts,
} from './certificateSnapshot';

/** The `type` of the format-1 extension object that carries every certificate fact in plain form. */
export const FACTS_EXTENSION_TYPE = 'CePlayerCertificateExtension';

/**
 * The unsigned credential of a format-1 certificate (issued before format 2, signed with eddsa-jcs-2022), kept
 * unchanged so that a format-1 credential can be read back and rebuilt exactly from its facts. Format 1 repeats
 * every fact in a `ceCertificate` extension object, whose terms fall under the VC 2.0 `@vocab`.
 */
export function unsignedCertificateCredentialV1(
  facts: CertificateFacts,
  verificationCode: string,
  issuerDid: string,
): CertificateCredential {
  const f = normalizeCertificateFacts(facts);
  const achievement = courseAchievement(f);
  const subject: JsonObject = {
    type: ['AchievementSubject'],
    name: learnerDisplayName(f.certificateName, f.credentials),
    identifier: [identity('name', f.certificateName)],
    achievement,
    creditsEarned: f.hoursClaimed,
    ...(f.licenseNumber === null ? {} : { licenseNumber: f.licenseNumber }),
    ...postTestResult(f.postTestScore, achievement),
  };
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
