import { isJsonObject, sameCredentialWithoutProof, type JsonObject, type JsonValue } from './canonicalJson';
import {
  EVIDENCE_GENRE,
  LICENSE_STATE_IDENTITY,
  unsignedCertificateCredential,
} from './certificateCredential';
import { VERIFICATION_CODE, type CertificateSnapshot } from './certificateSnapshot';
import { readCertificateCredentialV1 } from './readCertificateCredentialV1';
import { checkVerificationText, verificationText, verificationTextBody } from './verificationText';

/** A CE Player certificate read back from a credential, or why the credential is not one. */
export type ReadCertificate =
  | {
      ok: true;
      snapshot: CertificateSnapshot;
      issuerDid: string;
      /** 2: Open Badges fields only, eddsa-rdfc-2022. 1: issued before, with a `ceCertificate` extension, eddsa-jcs-2022. */
      format: 1 | 2;
      /** Format 2: the signature of the verification text the QR code holds. */
      verificationSignature: string | null;
    }
  | { ok: false; message: string };

const COURSE_URN = 'urn:ce-player:course:';
const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Reads the certificate facts out of a (verified) credential and confirms it is exactly the credential CE Player
 * builds from those facts for that issuer: every field agrees with the facts, and nothing was added. A format-2
 * credential is read from its Open Badges fields alone; a format-1 one from its `ceCertificate` extension.
 */
export function readCertificateCredential(credential: JsonObject): ReadCertificate {
  const notOurs = (detail: string): ReadCertificate => ({
    ok: false,
    message: `The signature is valid, but this is not a CE Player certificate: ${detail}.`,
  });
  const types = credential.type;
  if (!Array.isArray(types) || !types.includes('OpenBadgeCredential'))
    return notOurs('it is not an Open Badge');
  const issuer = credential.issuer;
  const issuerDid = isJsonObject(issuer) ? issuer.id : undefined;
  if (typeof issuerDid !== 'string' || !issuerDid.startsWith('did:key:')) {
    return notOurs('its issuer is not a did:key');
  }
  const subject = credential.credentialSubject;
  const extension = isJsonObject(subject) ? subject.ceCertificate : undefined;
  if (extension !== undefined) {
    return isJsonObject(extension)
      ? readCertificateCredentialV1(credential, issuerDid, extension, notOurs)
      : notOurs('it has no CE Player certificate facts');
  }
  const read = format2Facts(credential);
  if (!read) return notOurs('its Open Badges fields are not the ones CE Player writes');
  const { snapshot, signature } = read;
  if (!VERIFICATION_CODE.test(snapshot.verificationCode)) return notOurs('its verification code is not one');
  let rebuilt: JsonObject;
  try {
    rebuilt = unsignedCertificateCredential(snapshot, snapshot.verificationCode, issuerDid, signature);
  } catch {
    return notOurs('its certificate facts are not ones CE Player issues');
  }
  if (!sameCredentialWithoutProof(rebuilt, credential)) {
    return notOurs('its Open Badges fields are not exactly the ones CE Player writes for its facts');
  }
  const text = verificationText(verificationTextBody(snapshot, issuerDid), signature);
  if (!checkVerificationText(text).valid) return notOurs('its verification text is not signed by its issuer');
  return { ok: true, snapshot, issuerDid, format: 2, verificationSignature: signature };
}

/** The facts of a format-2 credential, read from its Open Badges fields; null when one is missing or malformed. */
function format2Facts(credential: JsonObject): { snapshot: CertificateSnapshot; signature: string } | null {
  const issuer = object(credential.issuer);
  const subject = object(credential.credentialSubject);
  const achievement = object(subject?.achievement);
  const criteria = object(achievement?.criteria);
  if (!issuer || !subject || !achievement || !criteria) return null;
  const identifiers = list(subject.identifier);
  const identityOf = (type: string) => identifiers.find((entry) => entry.identityType === type)?.identityHash;
  const evidence = list(credential.evidence);
  const ofGenre = (genre: string) => evidence.filter((entry) => entry.genre === genre);
  const [verification] = ofGenre(EVIDENCE_GENRE.verification);
  const [accreditation] = ofGenre(EVIDENCE_GENRE.accreditation);
  const [replaced] = ofGenre(EVIDENCE_GENRE.replaces);
  const certificateName = text(identityOf('name'));
  const displayName = text(subject.name);
  const version = text(achievement.version);
  const achievementId = text(achievement.id);
  const percent = list(subject.result)[0]?.value;
  const certificateId = UUID_URN.exec(text(credential.id))?.[1];
  if (!certificateId || !achievementId.startsWith(COURSE_URN) || !achievementId.endsWith(`:${version}`))
    return null;
  if (displayName !== certificateName && !displayName.startsWith(`${certificateName}, `)) return null;
  const snapshot: CertificateSnapshot = {
    certificateId,
    verificationCode: text(verification?.name),
    certificateName,
    credentials: displayName.slice(certificateName.length + 2),
    licenseNumber: nullableText(subject.licenseNumber),
    licenseState: nullableText(identityOf(LICENSE_STATE_IDENTITY)),
    courseId: achievementId.slice(COURSE_URN.length, -version.length - 1),
    courseTitle: text(achievement.name),
    courseVersion: version,
    providerName: text(issuer.name),
    completionCriteria: text(criteria.narrative),
    completionDate: text(subject.activityEndDate),
    issuedAt: text(credential.validFrom),
    hoursClaimed: Number(subject.creditsEarned),
    designations: ofGenre(EVIDENCE_GENRE.designation).map((d) => ({
      type: text(d.name),
      statement: text(d.narrative),
    })),
    accreditationStatement: accreditation ? text(accreditation.narrative) : null,
    postTestScore: typeof percent === 'string' && /^\d{1,3}$/.test(percent) ? Number(percent) / 100 : null,
    supersedes: replaced ? (UUID_URN.exec(text(replaced.id))?.[1] ?? '') : null,
    hoursAvailable: achievement.creditsAvailable === undefined ? null : Number(achievement.creditsAvailable),
    signatory: nullableText(issuer.official),
  };
  return { snapshot, signature: text(verification?.description) };
}

function object(value: JsonValue | undefined): JsonObject | null {
  return isJsonObject(value) ? value : null;
}

function list(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function nullableText(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
