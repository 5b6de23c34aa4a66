import { verify } from 'node:crypto';
import { multibaseDecode } from './base58btc';
import { canonicalizeJson, type JsonObject } from './canonicalJson';
import {
  CRYPTOSUITE,
  eddsaJcsHashData,
  isDateTimeStamp,
  PROOF_PURPOSE,
  PROOF_TYPE,
} from './dataIntegrityProof';
import { ed25519PublicKeyObject } from './ed25519Multikey';
import { RDFC_CRYPTOSUITE, verifyRdfcProof } from './rdfcProof';
import { resolveVerificationMethod, type Signer } from './verificationMethodKey';

/** Why a credential did not verify. */
export type VerificationFailureReason =
  | 'malformed'
  | 'not-a-credential'
  | 'unsigned'
  | 'unsupported-proof'
  | 'unknown-key-format'
  | 'bad-signature'
  | 'issuer-mismatch'
  | 'expired'
  | 'unknown-context';

/** The Data Integrity cryptosuite a credential's proof was checked with. */
export type CredentialSuite = typeof RDFC_CRYPTOSUITE | typeof CRYPTOSUITE;

/** The outcome of checking a credential's proof; `message` is a plain sentence for the person checking. */
export type VerificationResult =
  | { valid: true; credential: JsonObject; suite: CredentialSuite }
  | { valid: false; reason: VerificationFailureReason; message: string };

/** The outcome of checking an eddsa-jcs-2022 proof, with the key that signed. */
export type JcsVerificationResult =
  | { valid: true; credential: JsonObject; signer: Signer }
  | { valid: false; reason: VerificationFailureReason; message: string };

const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];

/**
 * Verifies a credential's Data Integrity proof offline and says which suite it checked: eddsa-rdfc-2022 (what CE
 * Player signs with, checked with Digital Bazaar's libraries) or eddsa-jcs-2022 (format-1 certificates, checked by
 * `verifyJcsCredential`). `json` is the parsed credential or its JSON text.
 */
export async function verifyCredential(json: unknown, now: Date = new Date()): Promise<VerificationResult> {
  const parsed = typeof json === 'string' ? parseJson(json) : json;
  const proof = isObject(parsed) ? parsed.proof : undefined;
  if (!isObject(parsed) || !isObject(proof) || proof.cryptosuite !== RDFC_CRYPTOSUITE) {
    const jcs = verifyJcsCredential(parsed === undefined ? json : parsed, now);
    return jcs.valid ? { valid: true, credential: jcs.credential, suite: CRYPTOSUITE } : jcs;
  }
  if (proof.type !== PROOF_TYPE || proof.proofPurpose !== PROOF_PURPOSE) {
    return fail('unsupported-proof', `The proof must be a ${PROOF_TYPE} for ${PROOF_PURPOSE}.`);
  }
  if (typeof proof.verificationMethod !== 'string' || typeof proof.proofValue !== 'string') {
    return fail('malformed', 'The proof is damaged: its key or its signature value is missing.');
  }
  const checked = await verifyRdfcProof(parsed, now);
  return checked.verified
    ? { valid: true, credential: parsed, suite: RDFC_CRYPTOSUITE }
    : fail(checked.reason, checked.message);
}

/**
 * Verifies a W3C verifiable credential secured with one eddsa-jcs-2022 Data Integrity proof (vc-di-eddsa,
 * "Verify Proof (eddsa-jcs-2022)"), fully offline: the key comes from a did:key or from an Ed25519 Multikey in the
 * verification method's fragment. `json` is the parsed credential or its JSON text. Stricter than the spec so that
 * no edit of a signed copy passes: the proof must carry a `@context` equal to the document's (the spec also allows
 * none, or a prefix), and proof sets are refused. The key's controller must be the credential's issuer.
 */
export function verifyJcsCredential(json: unknown, now: Date = new Date()): JcsVerificationResult {
  const parsed = typeof json === 'string' ? parseJson(json) : json;
  if (parsed === undefined) return fail('malformed', 'This is not readable JSON.');
  if (!isObject(parsed))
    return fail('not-a-credential', 'This is not a credential: it is not a JSON object.');
  const document = parsed;
  const context = document['@context'];
  if (!Array.isArray(context) || typeof context[0] !== 'string' || !VC_CONTEXTS.includes(context[0])) {
    return fail(
      'not-a-credential',
      'This is not a W3C verifiable credential: its "@context" is not the VC one.',
    );
  }
  if (!Array.isArray(document.type) || !document.type.includes('VerifiableCredential')) {
    return fail(
      'not-a-credential',
      'This is not a verifiable credential: its "type" lacks VerifiableCredential.',
    );
  }
  const proof = document.proof;
  if (proof === undefined) return fail('unsigned', 'The credential carries no signature (no "proof").');
  if (Array.isArray(proof))
    return fail('unsupported-proof', 'The credential has a set of proofs; only a single proof is supported.');
  if (!isObject(proof))
    return fail('malformed', 'The credential\'s "proof" is damaged: it is not an object.');
  if (proof.type !== PROOF_TYPE || proof.cryptosuite !== CRYPTOSUITE) {
    return fail(
      'unsupported-proof',
      `The credential is signed with "${String(proof.cryptosuite ?? proof.type)}"; only ${PROOF_TYPE} with ` +
        `${CRYPTOSUITE} can be checked here.`,
    );
  }
  if (proof.proofPurpose !== PROOF_PURPOSE) {
    return fail(
      'unsupported-proof',
      `The proof's purpose is "${String(proof.proofPurpose)}", not ${PROOF_PURPOSE}.`,
    );
  }
  if (typeof proof.verificationMethod !== 'string' || typeof proof.proofValue !== 'string') {
    return fail('malformed', 'The proof is damaged: its key or its signature value is missing.');
  }
  if (proof.created !== undefined && !(typeof proof.created === 'string' && isDateTimeStamp(proof.created))) {
    return fail('malformed', 'The proof is damaged: its "created" time is not a date and time.');
  }
  const signature = decodeSignature(proof.proofValue);
  if (!signature)
    return fail('malformed', 'The signature value is damaged: it is not a 64-byte Ed25519 signature.');
  const expired = expiry(document, proof, now);
  if (expired) return fail('expired', expired);

  const unsecured: JsonObject = { ...document };
  delete unsecured.proof;
  const proofOptions: JsonObject = { ...proof };
  delete proofOptions.proofValue;
  // The spec lets a proof omit @context or cover only a prefix of the document's; both would let a copy be edited
  // (an entry appended, the proof's copy dropped) and still verify, so this verifier requires an exact copy.
  if (!sameJson(document['@context'], proofOptions['@context'])) {
    return fail(
      'bad-signature',
      'The credential\'s "@context" is not the one that was signed: it was changed.',
    );
  }

  const resolved = resolveVerificationMethod(proof.verificationMethod);
  if (!resolved.ok) return fail('unknown-key-format', resolved.message);
  const publicKey = ed25519PublicKeyObject(resolved.rawPublicKey);
  if (!verify(null, eddsaJcsHashData(unsecured, proofOptions), publicKey, signature)) {
    return fail(
      'bad-signature',
      'The signature does not match: something in the credential was changed after it was signed, or it was ' +
        'signed with a different key than the one it names.',
    );
  }
  const issuer = issuerId(document.issuer);
  if (issuer !== resolved.signer.controller) {
    return fail(
      'issuer-mismatch',
      `The credential was signed by ${resolved.signer.controller}, but it names ${issuer ?? 'no one'} as its issuer.`,
    );
  }
  return { valid: true, credential: document, signer: resolved.signer };
}

function fail(
  reason: VerificationFailureReason,
  message: string,
): { valid: false; reason: VerificationFailureReason; message: string } {
  return { valid: false, reason, message };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalizeJson(a) === canonicalizeJson(b);
  } catch {
    return false;
  }
}

function decodeSignature(proofValue: string): Uint8Array | null {
  try {
    const bytes = multibaseDecode(proofValue);
    return bytes.length === 64 ? bytes : null;
  } catch {
    return null;
  }
}

function issuerId(issuer: unknown): string | undefined {
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
}

/** A sentence when the credential (validUntil) or its proof (expires) has expired, else null. */
function expiry(document: JsonObject, proof: JsonObject, now: Date): string | null {
  for (const [value, what] of [
    [document.validUntil, 'The credential'],
    [proof.expires, 'The signature'],
  ] as const) {
    if (typeof value === 'string' && isDateTimeStamp(value) && Date.parse(value) < now.getTime()) {
      return `${what} expired on ${value}.`;
    }
  }
  return null;
}
