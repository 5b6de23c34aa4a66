import { verify } from 'node:crypto';
import { multibaseDecode } from '../certificates/base58btc';
import type { JsonObject } from '../certificates/canonicalJson';
import {
  CRYPTOSUITE,
  eddsaJcsHashData,
  PROOF_PURPOSE,
  PROOF_TYPE,
  signDocument,
  type DataIntegrityProof,
} from '../certificates/dataIntegrityProof';
import { ed25519PublicKeyObject } from '../certificates/ed25519Multikey';
import type { SigningKey } from '../certificates/signingKey';
import { resolveVerificationMethod } from '../certificates/verificationMethodKey';
import type { TrustedSigners } from './trustedInstallations';

/*
 * A records export is signed by the installation that wrote it, with the installation's certificate key (Ed25519,
 * named by its did:key). The signature is a W3C Data Integrity proof with the eddsa-jcs-2022 cryptosuite, the same
 * suite and code the certificates use: the file stays one plain JSON document, the proof sits in its `proof` member
 * and covers every other member through JCS (RFC 8785), so any edit, reordering aside, breaks it, and any
 * eddsa-jcs-2022 verifier can check it. The document names its signer in `installation`, which must be the proof's
 * did:key, so IT can read the key from an export and list it as trusted.
 */

/** A records document before signing: its `installation` is the signer's did:key. */
export interface UnsignedRecords {
  installation: string;
}

/** Why a records file counts for nothing here. */
export type UnverifiedReason = 'unsigned' | 'untrusted' | 'tampered';

/** What the signature check found, with a sentence for the learner. */
export type RecordsSignatureCheck =
  | { verified: true; signerKey: string; signedBy: string }
  | { verified: false; reason: UnverifiedReason; signerKey: string | null; message: string };

/** Signs a records document with the installation's key; `created` is an ISO date-time with a time zone. */
export function signRecords<T extends UnsignedRecords>(
  document: T,
  key: SigningKey,
  created: string,
): T & { proof: DataIntegrityProof } {
  return signDocument({ ...document, installation: key.did }, key, created);
}

/** Why a file of this kind counts for nothing, in a sentence for the learner. */
export function unverifiedExplanation(reason: UnverifiedReason, signerKey: string | null): string {
  switch (reason) {
    case 'unsigned':
      return 'The file carries no signature, so nothing shows which installation wrote it.';
    case 'untrusted':
      return (
        `The file was signed by the installation ${signerKey ?? 'it names'}, which this computer does not trust. ` +
        "If it is one of your clinic's computers, IT can add it to this computer's trusted installations."
      );
    case 'tampered':
      return "The file's signature does not match its contents: it was changed after it was exported.";
  }
}

function unverified(reason: UnverifiedReason, signerKey: string | null = null): RecordsSignatureCheck {
  return { verified: false, reason, signerKey, message: unverifiedExplanation(reason, signerKey) };
}

/** The check's answer for a layout CE Player never signed (older bundles, either part alone). */
export const unsignedFile = unverified('unsigned');

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A proof value that is not a 64-byte multibase signature does not hold, and JCS refuses what JSON cannot carry
// exactly (a number such as 1e400, a lone surrogate): no such file was signed.
function signatureHolds(
  unsecured: JsonObject,
  options: JsonObject,
  rawPublicKey: Uint8Array,
  proofValue: string,
): boolean {
  try {
    const signature = multibaseDecode(proofValue);
    const data = eddsaJcsHashData(unsecured, options);
    return signature.length === 64 && verify(null, data, ed25519PublicKeyObject(rawPublicKey), signature);
  } catch {
    return false;
  }
}

/**
 * Checks a parsed records document's eddsa-jcs-2022 proof and whether its signer is trusted here. Verified means:
 * one proof of exactly this suite and purpose, by a did:key that is the document's `installation`, whose signature
 * covers the whole document, by a signer in `trusted`.
 */
export function checkRecordsSignature(document: JsonObject, trusted: TrustedSigners): RecordsSignatureCheck {
  const { proof } = document;
  if (proof === undefined) return unverified('unsigned');
  // A damaged proof, another suite or a key named otherwise is not what CE Player writes: the file was edited.
  if (
    !isObject(proof) ||
    typeof proof.verificationMethod !== 'string' ||
    typeof proof.proofValue !== 'string' ||
    proof.type !== PROOF_TYPE ||
    proof.cryptosuite !== CRYPTOSUITE ||
    proof.proofPurpose !== PROOF_PURPOSE
  ) {
    return unverified('tampered');
  }
  const resolved = resolveVerificationMethod(proof.verificationMethod);
  if (!resolved.ok || resolved.signer.keySource !== 'did:key') return unverified('tampered');
  const signerKey = resolved.signer.controller;
  if (document.installation !== signerKey) return unverified('tampered', signerKey);
  const unsecured: JsonObject = { ...document };
  delete unsecured.proof;
  const options: JsonObject = { ...proof };
  delete options.proofValue;
  if (!signatureHolds(unsecured, options, resolved.rawPublicKey, proof.proofValue)) {
    return unverified('tampered', signerKey);
  }
  const signedBy = trusted.get(signerKey);
  if (signedBy === undefined) return unverified('untrusted', signerKey);
  return { verified: true, signerKey, signedBy };
}
