import { CoreError } from '../coreError';
import type { JsonObject } from './canonicalJson';
import {
  learnerDisplayName,
  normalizeCertificateFacts,
  VERIFICATION_CODE,
  wholePercent,
} from './certificateSnapshot';
import type { CertificateFacts, CertificateSnapshot } from './certificateSnapshot';
import type { DataIntegrityProof } from './dataIntegrityProof';
import { signWithRdfcProof, type RdfcProof } from './rdfcProof';
import type { SigningKey } from './signingKey';
import { createVerificationCode } from './verificationCode';
import { signVerificationText, verificationTextBody } from './verificationText';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** The name of the credential file attached to every certificate PDF. */
export const CREDENTIAL_ATTACHMENT = 'credential.json';
export const NOT_ACCREDITED = 'Certificate of completion. This activity is not accredited.';

/** The `genre` of each Open Badges Evidence entry a format-2 certificate carries, naming the fact it holds. */
export const EVIDENCE_GENRE = {
  designation: 'Credit designation',
  accreditation: 'Accreditation statement',
  verification: 'Verification code',
  replaces: 'Replaced certificate',
} as const;
/** The IdentityObject type of the license state (Open Badges allows `ext:` identity types). */
export const LICENSE_STATE_IDENTITY = 'ext:licenseState';

/** An Open Badges 3.0 OpenBadgeCredential (a W3C VC 2.0) as CE Player issues it, before signing. */
export interface CertificateCredential extends JsonObject {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; type: string[]; name: string; official?: string };
  validFrom: string;
  name: string;
  credentialSubject: JsonObject;
}

/** The signed credential: what goes in credential.json and inside the PDF (format 1 carried an eddsa-jcs-2022 proof). */
export type SignedCredential = CertificateCredential & { proof: RdfcProof | DataIntegrityProof };

/**
 * Builds and signs the certificate credential with an eddsa-rdfc-2022 Data Integrity proof. Deterministic: the
 * same snapshot and key give the same bytes, so a reprint carries the same credential. Throws
 * `CoreError('invalid_input')` when a fact cannot go on a certificate or the snapshot's verification code is not
 * the one this key derives from its facts.
 */
export async function buildCertificateCredential(
  snapshot: CertificateSnapshot,
  key: SigningKey,
): Promise<SignedCredential> {
  const { verificationCode, ...facts } = snapshot;
  const score = snapshot.postTestScore;
  if (
    (score !== null && wholePercent(score) / 100 !== score) ||
    snapshot.credentials !== snapshot.credentials.trim()
  ) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be issued: its facts must be in the form it prints them (a post-test score in whole ' +
        'percent, credentials without outer spaces); sealCertificate puts them so.',
    );
  }
  if (
    !VERIFICATION_CODE.test(String(verificationCode)) ||
    verificationCode !== createVerificationCode(facts, key)
  ) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be issued: its verification code was not made by this installation for these facts.',
    );
  }
  const signature = signVerificationText(verificationTextBody(snapshot, key.did), key);
  const credential = unsignedCertificateCredential(facts, verificationCode, key.did, signature);
  return signWithRdfcProof(credential, key, credential.validFrom);
}

/**
 * The unsigned format-2 credential for these facts and issuer, in Open Badges 3.0 fields only, so that every fact
 * the page prints comes from a field any Open Badges verifier reads: the learner (name, identifier, license), the
 * course (achievement with criteria and creditsAvailable), creditsEarned, activityEndDate, the post-test result, and
 * Evidence entries for the designation and accreditation statements, the verification code (with the signature of
 * the QR code's verification text) and the certificate a correction replaces.
 */
export function unsignedCertificateCredential(
  facts: CertificateFacts,
  verificationCode: string,
  issuerDid: string,
  verificationSignature: string,
): CertificateCredential {
  const f = normalizeCertificateFacts(facts);
  if (f.hoursAvailable === null) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be issued: the designated hours are missing.',
    );
  }
  const achievement = { ...courseAchievement(f), creditsAvailable: f.hoursAvailable };
  const identifier: JsonObject[] = [identity('name', f.certificateName)];
  if (f.licenseState !== null) identifier.push(identity(LICENSE_STATE_IDENTITY, f.licenseState));
  const subject: JsonObject = {
    type: ['AchievementSubject'],
    name: learnerDisplayName(f.certificateName, f.credentials),
    identifier,
    ...(f.licenseNumber === null ? {} : { licenseNumber: f.licenseNumber }),
    activityEndDate: f.completionDate,
    creditsEarned: f.hoursClaimed,
    achievement,
    ...postTestResult(f.postTestScore, achievement),
  };
  const evidence = (genre: string, fields: JsonObject): JsonObject => ({
    type: ['Evidence'],
    genre,
    ...fields,
  });
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${f.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: issuerDid,
      type: ['Profile'],
      name: f.providerName,
      ...(f.signatory === null ? {} : { official: f.signatory }),
    },
    validFrom: f.issuedAt,
    name: `Certificate of completion: ${f.courseTitle}`,
    credentialSubject: subject,
    evidence: [
      ...f.designations.map((d) =>
        evidence(EVIDENCE_GENRE.designation, { name: d.type, narrative: d.statement }),
      ),
      ...(f.accreditationStatement === null
        ? []
        : [evidence(EVIDENCE_GENRE.accreditation, { narrative: f.accreditationStatement })]),
      evidence(EVIDENCE_GENRE.verification, { name: verificationCode, description: verificationSignature }),
      ...(f.supersedes === null
        ? []
        : [
            {
              id: `urn:uuid:${f.supersedes}`,
              ...evidence(EVIDENCE_GENRE.replaces, {
                name: `Certificate ${f.supersedes}`,
                narrative: 'This certificate corrects the name on that certificate and replaces it.',
              }),
            },
          ]),
    ],
  };
}

/** The course as an Open Badges Achievement (without creditsAvailable, which format 1 did not carry). */
export function courseAchievement(f: Required<CertificateFacts>): JsonObject & { id: string } {
  return {
    id: `urn:ce-player:course:${f.courseId}:${f.courseVersion}`,
    type: ['Achievement'],
    achievementType: 'CertificateOfCompletion',
    name: f.courseTitle,
    description: `Completion of the continuing-education course "${f.courseTitle}", version ${f.courseVersion}, offered by ${f.providerName}.`,
    criteria: { narrative: f.completionCriteria },
    version: f.courseVersion,
  };
}

/**
 * The post-test as an Open Badges Result in whole percent (its ResultDescription is added to `achievement`), or no
 * fields when the course has no post-test.
 */
export function postTestResult(score: number | null, achievement: JsonObject & { id: string }): JsonObject {
  if (score === null) return {};
  const postTestId = `${achievement.id}:post-test`;
  achievement.resultDescription = [
    { id: postTestId, type: ['ResultDescription'], name: 'Post-test score', resultType: 'Percent' },
  ];
  return {
    result: [{ type: ['Result'], resultDescription: postTestId, value: String(wholePercent(score)) }],
  };
}

/** An Open Badges IdentityObject in plain text (`hashed: false`). */
export function identity(identityType: string, value: string): JsonObject {
  return { type: 'IdentityObject', identityHash: value, identityType, hashed: false };
}
