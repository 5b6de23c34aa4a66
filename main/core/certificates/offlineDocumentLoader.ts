import type { DocumentLoader } from '@digitalbazaar/data-integrity';
import type * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { CoreError } from '../coreError';
import { ed25519PublicKeyMultibase, rawPublicKeyFromDidKey } from './ed25519Multikey';

/** The JSON-LD contexts CE Player ships: the only ones its document loader serves. */
export const SHIPPED_CONTEXTS = {
  vc: 'https://www.w3.org/ns/credentials/v2',
  openBadges: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  dataIntegrity: 'https://w3id.org/security/data-integrity/v2',
} as const;

const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

/** The context documents, by URL, as the pinned context packages ship them. */
export type ShippedContextDocuments = ReadonlyMap<string, object>;

/**
 * A JSON-LD document loader that never touches the network: it serves the shipped contexts (VC 2.0, Open Badges
 * 3.0.3, Data Integrity v2) and resolves `did:key` Ed25519 identifiers and their verification methods from the key
 * itself (with `@digitalbazaar/ed25519-multikey`). Anything else is refused with `CoreError('invalid_input')`.
 */
export function offlineDocumentLoader(
  contexts: ShippedContextDocuments,
  multikey: typeof Ed25519Multikey,
): DocumentLoader {
  return async (url: string) => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:key:'))
      return { contextUrl: null, documentUrl: url, document: await didKeyDocument(url, multikey) };
    throw new CoreError(
      'invalid_input',
      `The credential needs "${url}", which CE Player does not ship and will not fetch: only the VC 2.0, Open ` +
        'Badges 3.0.3 and Data Integrity contexts and did:key keys can be checked offline.',
    );
  };
}

/** The did:key DID document, or the Multikey verification method when the URL names its fragment. */
async function didKeyDocument(url: string, multikey: typeof Ed25519Multikey): Promise<object> {
  const [did = '', fragment] = url.split('#');
  let publicKeyMultibase: string;
  try {
    publicKeyMultibase = ed25519PublicKeyMultibase(rawPublicKeyFromDidKey(did));
  } catch {
    throw new CoreError('invalid_input', `"${url}" is not an Ed25519 did:key.`);
  }
  if (fragment !== undefined && fragment !== publicKeyMultibase) {
    throw new CoreError('invalid_input', `"${url}" names a key its did:key does not hold.`);
  }
  const id = `${did}#${publicKeyMultibase}`;
  const key = await multikey.from({ id, controller: did, publicKeyMultibase });
  const method = await key.export({ publicKey: true, includeContext: true });
  if (fragment !== undefined) return method;
  const { '@context': multikeyContext, ...embedded } = method;
  return {
    '@context': [DID_CONTEXT, multikeyContext],
    id: did,
    verificationMethod: [embedded],
    assertionMethod: [id],
    authentication: [id],
  };
}
