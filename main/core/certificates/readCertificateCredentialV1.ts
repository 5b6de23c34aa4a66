import { isJsonObject, sameCredentialWithoutProof, type JsonObject, type JsonValue } from './canonicalJson';
import { FACTS_EXTENSION_TYPE, unsignedCertificateCredentialV1 } from './certificateCredentialV1';
import {
  VERIFICATION_CODE,
  type CertificateDesignation,
  type CertificateSnapshot,
} from './certificateSnapshot';
import type { ReadCertificate } from './readCertificateCredential';

/**
 * Reads a format-1 certificate (issued before format 2): its facts from the `ceCertificate` extension, and
 * confirms the credential is exactly the one format 1 builds from those facts for that issuer.
 */
export function readCertificateCredentialV1(
  credential: JsonObject,
  issuerDid: string,
  facts: JsonObject,
  notOurs: (detail: string) => ReadCertificate,
): ReadCertificate {
  if (!Array.isArray(facts.type) || facts.type[0] !== FACTS_EXTENSION_TYPE) {
    return notOurs('it has no CE Player certificate facts');
  }
  if (facts.formatVersion !== 1) return notOurs(`its facts are in format ${String(facts.formatVersion)}`);
  const snapshot = snapshotFrom(facts);
  if (!snapshot) return notOurs('its certificate facts are incomplete');
  if (!VERIFICATION_CODE.test(snapshot.verificationCode)) return notOurs('its verification code is not one');
  let rebuilt: JsonObject;
  try {
    rebuilt = unsignedCertificateCredentialV1(snapshot, snapshot.verificationCode, issuerDid);
  } catch {
    return notOurs('its certificate facts are not ones CE Player issues');
  }
  if (!sameCredentialWithoutProof(rebuilt, credential)) {
    return notOurs('its Open Badges fields do not agree with its certificate facts');
  }
  return { ok: true, snapshot, issuerDid, format: 1, verificationSignature: null };
}

function snapshotFrom(facts: JsonObject): CertificateSnapshot | null {
  const s = (name: string): string => (typeof facts[name] === 'string' ? (facts[name] as string) : '');
  const sOrNull = (name: string): string | null =>
    typeof facts[name] === 'string' ? (facts[name] as string) : null;
  const nOrNull = (name: string): number | null =>
    typeof facts[name] === 'number' ? (facts[name] as number) : null;
  const designations = facts.designations;
  if (!Array.isArray(designations) || typeof facts.hoursClaimed !== 'number') return null;
  const parsed = designations.map(designationFrom);
  if (parsed.some((d) => d === null)) return null;
  return {
    certificateId: s('certificateId'),
    verificationCode: s('verificationCode'),
    certificateName: s('certificateName'),
    credentials: s('credentials'),
    licenseNumber: sOrNull('licenseNumber'),
    licenseState: sOrNull('licenseState'),
    courseId: s('courseId'),
    courseTitle: s('courseTitle'),
    courseVersion: s('courseVersion'),
    providerName: s('providerName'),
    completionCriteria: s('completionCriteria'),
    completionDate: s('completionDate'),
    issuedAt: s('issuedAt'),
    hoursClaimed: facts.hoursClaimed,
    designations: parsed as CertificateDesignation[],
    accreditationStatement: sOrNull('accreditationStatement'),
    postTestScore: nOrNull('postTestScore'),
    supersedes: sOrNull('supersedes'),
  };
}

function designationFrom(value: JsonValue): CertificateDesignation | null {
  if (!isJsonObject(value) || typeof value.type !== 'string' || typeof value.statement !== 'string')
    return null;
  return { type: value.type, statement: value.statement };
}
