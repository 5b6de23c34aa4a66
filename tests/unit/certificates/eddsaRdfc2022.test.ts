import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../main/core/certificates/canonicalJson';
import { signWithRdfcProof } from '../../../main/core/certificates/rdfcProof';
import { verifyCredential } from '../../../main/core/certificates/verifyCredential';
import { SPEC_PUBLIC_KEY, specSigningKey, vectorsDir } from './certificateFixtures';
import { changed, edit, leafPaths } from './jsonEdits';
import { thirdPartyLoader, thirdPartyVerify } from './thirdPartyVerifier';

/*
 * The W3C vc-di-eddsa specification's eddsa-rdfc-2022 test vector (tests/fixtures/vectors/eddsa-rdfc-2022, with its
 * README). Its document needs, besides the shipped VC 2.0 context, the examples context and its issuer's documents,
 * which a loader serves here exactly as the README gives them.
 */

const vector = (): JsonObject =>
  JSON.parse(
    readFileSync(path.join(vectorsDir, 'eddsa-rdfc-2022', 'signedDataInt.json'), 'utf8'),
  ) as JsonObject;

const controller = 'https://vc.example/issuers/5678';
const method = `${controller}#${SPEC_PUBLIC_KEY}`;
const vectorDocuments = new Map<string, object>([
  [
    'https://www.w3.org/ns/credentials/examples/v2',
    { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } },
  ],
  [
    method,
    {
      '@context': 'https://w3id.org/security/multikey/v1',
      id: method,
      type: 'Multikey',
      controller,
      publicKeyMultibase: SPEC_PUBLIC_KEY,
    },
  ],
  [controller, { '@context': ['https://www.w3.org/ns/did/v1'], id: controller, assertionMethod: [method] }],
]);

describe('eddsa-rdfc-2022 with the specification test vector', () => {
  it('verifies signedDataInt.json with Digital Bazaar verifyCredential, offline', async () => {
    const result = await thirdPartyVerify(vector(), vectorDocuments);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it("reproduces the vector's proofValue from its document, proof options and the specification's key", async () => {
    const { proof, ...unsecured } = vector() as JsonObject & { proof: JsonObject };
    const key = specSigningKey();
    expect(key.publicKeyMultibase).toBe(SPEC_PUBLIC_KEY);
    const signed = await signWithRdfcProof(
      unsecured,
      { sign: key.sign, verificationMethod: String(proof.verificationMethod) },
      String(proof.created),
      await thirdPartyLoader(vectorDocuments),
    );
    expect(signed.proof).toEqual(proof);
  });

  it('calls every copy with one value changed INVALID', async () => {
    const original = vector();
    for (const at of leafPaths(original)) {
      const result = await thirdPartyVerify(edit(original, at, changed), vectorDocuments);
      expect(result.verified, at.join('.')).toBe(false);
    }
  });

  it("is refused by CE Player's own verifier, whose loader serves only the contexts it ships", async () => {
    expect(await verifyCredential(vector())).toMatchObject({ valid: false, reason: 'unknown-context' });
  });
});
