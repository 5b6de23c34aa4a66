import type { DocumentLoader } from '@digitalbazaar/data-integrity';
import { CoreError } from '../coreError';
import type { JsonObject } from './canonicalJson';
import { dataIntegrityLibraries } from './dataIntegrityLibraries';
import { isDateTimeStamp, type PROOF_PURPOSE, type PROOF_TYPE } from './dataIntegrityProof';
import type { SigningKey } from './signingKey';

export const RDFC_CRYPTOSUITE = 'eddsa-rdfc-2022';

/** A W3C Data Integrity proof made with the eddsa-rdfc-2022 cryptosuite (RDF Dataset Canonicalization). */
export interface RdfcProof extends JsonObject {
  type: typeof PROOF_TYPE;
  created: string;
  verificationMethod: string;
  cryptosuite: typeof RDFC_CRYPTOSUITE;
  proofPurpose: typeof PROOF_PURPOSE;
  proofValue: string;
}

/**
 * Adds an eddsa-rdfc-2022 proof to a credential with Digital Bazaar's `vc.issue` and `DataIntegrityProof`, signed
 * by the installation key (its private half never leaves `key`) and dated `created`. The document loader is the
 * offline one over the shipped contexts unless another is given (the specification's test vector needs its own).
 * Ed25519 and RDF canonicalization are deterministic: the same credential, key and time give the same proof.
 */
export async function signWithRdfcProof<T extends JsonObject>(
  credential: T,
  key: Pick<SigningKey, 'verificationMethod' | 'sign'>,
  created: string,
  documentLoader?: DocumentLoader,
): Promise<T & { proof: RdfcProof }> {
  if (!isDateTimeStamp(created)) {
    throw new CoreError(
      'invalid_input',
      `The proof time "${created}" is not a date and time with a time zone.`,
    );
  }
  const libraries = await dataIntegrityLibraries();
  const signer = {
    algorithm: 'Ed25519',
    id: key.verificationMethod,
    sign: async ({ data }: { data: Uint8Array }) => key.sign(data),
  };
  const suite = new libraries.dataIntegrity.DataIntegrityProof({
    signer,
    cryptosuite: libraries.rdfc.cryptosuite,
    date: created,
  });
  const signed = await libraries.vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: documentLoader ?? libraries.documentLoader,
  });
  return signed as T & { proof: RdfcProof };
}

/** What an eddsa-rdfc-2022 verification found: verified, or the library's reason in a sentence. */
export type RdfcVerification =
  | { verified: true }
  | {
      verified: false;
      reason: 'bad-signature' | 'issuer-mismatch' | 'expired' | 'unknown-context';
      message: string;
    };

/**
 * Verifies a credential's eddsa-rdfc-2022 proof with Digital Bazaar's `vc.verifyCredential`, offline: contexts come
 * from the shipped set, keys from did:key, and the credential's issuer must control the signing key. A `validFrom`
 * later than `now` is not a reason to refuse (the issuing computer's clock may run ahead of this one's): the check
 * runs as of the later of the two, so `validUntil` still counts.
 */
export async function verifyRdfcProof(
  credential: JsonObject,
  now: Date,
  documentLoader?: DocumentLoader,
): Promise<RdfcVerification> {
  const libraries = await dataIntegrityLibraries();
  const validFrom = typeof credential.validFrom === 'string' ? Date.parse(credential.validFrom) : Number.NaN;
  const result = await libraries.vc.verifyCredential({
    credential,
    suite: new libraries.dataIntegrity.DataIntegrityProof({ cryptosuite: libraries.rdfc.cryptosuite }),
    documentLoader: documentLoader ?? libraries.documentLoader,
    now: new Date(Math.max(now.getTime(), Number.isNaN(validFrom) ? 0 : validFrom)),
  });
  if (result.verified) return { verified: true };
  const detail = firstMessage(result.error) ?? firstMessage(result.results?.[0]?.error) ?? 'no reason given';
  if (/does not ship and will not fetch|not an Ed25519 did:key|names a key/.test(detail)) {
    return { verified: false, reason: 'unknown-context', message: detail };
  }
  if (/issuer.*must match|controller/i.test(detail)) {
    return {
      verified: false,
      reason: 'issuer-mismatch',
      message: 'The credential was signed by a key that does not belong to the issuer it names.',
    };
  }
  if (/validUntil|expired/i.test(detail)) {
    return { verified: false, reason: 'expired', message: `The credential has expired (${detail})` };
  }
  return {
    verified: false,
    reason: 'bad-signature',
    message:
      'The signature does not match: something in the credential was changed after it was signed, or it was ' +
      `signed with another key than the one it names (eddsa-rdfc-2022: ${detail}).`,
  };
}

/** The first message in a library error, which nests the real causes in `errors` arrays. */
function firstMessage(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  const nested = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const message = firstMessage(inner, depth + 1);
      if (message) return message;
    }
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : null;
}
