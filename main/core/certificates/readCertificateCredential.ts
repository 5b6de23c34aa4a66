import { canonicalizeJson, type JsonObject, type JsonValue } from './canonicalJson';
import { FACTS_EXTENSION_TYPE, unsignedCertificateCredential } from './certificateCredential';
import {
  VERIFICATION_CODE,
  type CertificateDesignation,
  type CertificateSnapshot,
} from './certificateSnapshot';

/** A CE Player certificate read back from a credential, or why the credential is not one. */
export type ReadCertificate =
  { ok: true; snapshot: CertificateSnapshot; issuerDid: string } | { ok: false; message: string };

/**
 * Reads the certificate facts out of a (verified) credential and confirms it is exactly the credential CE Player
 * builds from those facts for that issuer: every Open Badges field agrees with the facts, and nothing was added.
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
  const issuerDid = isObject(issuer) ? issuer.id : undefined;
  if (typeof issuerDid !== 'string' || !issuerDid.startsWith('did:key:')) {
    return notOurs('its issuer is not a did:key');
  }
  const subject = credential.credentialSubject;
  const facts = isObject(subject) ? subject.ceCertificate : undefined;
  if (!isObject(facts) || !Array.isArray(facts.type) || facts.type[0] !== FACTS_EXTENSION_TYPE) {
    return notOurs('it has no CE Player certificate facts');
  }
  if (facts.formatVersion !== 1) return notOurs(`its facts are in format ${String(facts.formatVersion)}`);
  const snapshot = snapshotFrom(facts);
  if (!snapshot) return notOurs('its certificate facts are incomplete');
  if (!VERIFICATION_CODE.test(snapshot.verificationCode)) return notOurs('its verification code is not one');
  let rebuilt: JsonObject;
  try {
    rebuilt = unsignedCertificateCredential(snapshot, snapshot.verificationCode, issuerDid);
  } catch {
    return notOurs('its certificate facts are not ones CE Player issues');
  }
  const unsecured: JsonObject = { ...credential };
  delete unsecured.proof;
  if (canonicalizeJson(rebuilt) !== canonicalizeJson(unsecured)) {
    return notOurs('its Open Badges fields do not agree with its certificate facts');
  }
  return { ok: true, snapshot, issuerDid };
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
  if (!isObject(value) || typeof value.type !== 'string' || typeof value.statement !== 'string') return null;
  return { type: value.type, statement: value.statement };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
