import { createHash } from 'node:crypto';
import { CoreError } from '../coreError';
import { multibaseEncode } from './base58btc';
import { canonicalizeJson, type JsonObject, type JsonValue } from './canonicalJson';
import type { SigningKey } from './signingKey';

export const PROOF_TYPE = 'DataIntegrityProof';
export const CRYPTOSUITE = 'eddsa-jcs-2022';
export const PROOF_PURPOSE = 'assertionMethod';

/** A W3C Data Integrity proof made with the eddsa-jcs-2022 cryptosuite. */
export interface DataIntegrityProof {
  type: typeof PROOF_TYPE;
  cryptosuite: typeof CRYPTOSUITE;
  created: string;
  verificationMethod: string;
  proofPurpose: typeof PROOF_PURPOSE;
  '@context'?: JsonValue;
  proofValue: string;
}

/** XML Schema dateTimeStamp as the Data Integrity spec requires for `created`: a date-time with a time zone. */
const DATE_TIME_STAMP = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `value` is an XML Schema dateTimeStamp that names a real instant. */
export function isDateTimeStamp(value: string): boolean {
  return DATE_TIME_STAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * The bytes eddsa-jcs-2022 signs (vc-di-eddsa, "Hashing" for eddsa-jcs-2022):
 * SHA-256(JCS(proof configuration)) followed by SHA-256(JCS(unsecured document)). The proof configuration is the
 * proof options without `proofValue`, with `@context` set to the document's `@context` when it has one.
 */
export function eddsaJcsHashData(unsecuredDocument: JsonObject, proofOptions: JsonObject): Uint8Array {
  const proofConfig: JsonObject = { ...proofOptions };
  delete proofConfig.proofValue;
  const context = unsecuredDocument['@context'];
  if (context !== undefined) proofConfig['@context'] = context;
  const configHash = createHash('sha256').update(canonicalizeJson(proofConfig), 'utf8').digest();
  const documentHash = createHash('sha256').update(canonicalizeJson(unsecuredDocument), 'utf8').digest();
  return new Uint8Array(Buffer.concat([configHash, documentHash]));
}

/**
 * Adds an eddsa-jcs-2022 proof to a document (vc-di-eddsa, "Create Proof (eddsa-jcs-2022)"): proof options of type
 * DataIntegrityProof, purpose assertionMethod, the key's did:key verification method, `created`, and the document's
 * `@context`; the signature goes in `proofValue` as multibase base58btc. Ed25519 is deterministic, so the same
 * document, key and `created` always give the same proof.
 */
export function signDocument<T extends object>(
  unsecuredDocument: T,
  key: SigningKey,
  created: string,
): T & { proof: DataIntegrityProof } {
  if (!isDateTimeStamp(created)) {
    throw new CoreError(
      'invalid_input',
      `The proof time "${created}" is not a date and time with a time zone.`,
    );
  }
  const document = unsecuredDocument as unknown as JsonObject;
  if ('proof' in document) throw new CoreError('invalid_input', 'The document is already signed.');
  const options: Omit<DataIntegrityProof, 'proofValue'> = {
    type: PROOF_TYPE,
    cryptosuite: CRYPTOSUITE,
    created,
    verificationMethod: key.verificationMethod,
    proofPurpose: PROOF_PURPOSE,
  };
  if (document['@context'] !== undefined) options['@context'] = document['@context'];
  const signature = key.sign(eddsaJcsHashData(document, options as unknown as JsonObject));
  return { ...unsecuredDocument, proof: { ...options, proofValue: multibaseEncode(signature) } };
}
