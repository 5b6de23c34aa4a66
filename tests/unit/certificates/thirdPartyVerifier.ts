import type { DocumentLoader } from '@digitalbazaar/data-integrity';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { dataIntegrityLibraries } from '../../../main/core/certificates/dataIntegrityLibraries';

/*
 * A verifier as a third party (a wallet, a licensing board's tool) builds it: Digital Bazaar's vc.verifyCredential
 * with the eddsa-rdfc-2022 cryptosuite and their did:key driver, and a document loader that serves only the JSON-LD
 * contexts CE Player ships. Nothing else of CE Player is on the verifying path.
 */

/** The JSON-LD contexts CE Player ships (VC 2.0, Open Badges 3.0.3, Data Integrity), by URL. */
export async function shippedContexts(): Promise<ReadonlyMap<string, object>> {
  return (await dataIntegrityLibraries()).contexts;
}

/** A loader over the shipped contexts, `extra` documents (for the specification's vector), and did:key. */
export async function thirdPartyLoader(
  extra: ReadonlyMap<string, object> = new Map(),
): Promise<DocumentLoader> {
  const contexts = await shippedContexts();
  const didKey = driver();
  didKey.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });
  return async (url: string) => {
    const document =
      contexts.get(url) ?? extra.get(url) ?? (url.startsWith('did:key:') ? await didKey.get({ url }) : null);
    if (!document) throw new Error(`Offline: no document for ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

/** Digital Bazaar's verdict on a credential's eddsa-rdfc-2022 proof, offline. */
export async function thirdPartyVerify(
  credential: object,
  extra?: ReadonlyMap<string, object>,
): Promise<{ verified: boolean; error?: unknown }> {
  return verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: await thirdPartyLoader(extra),
  });
}
