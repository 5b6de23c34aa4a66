// Type declarations for the packages only the tests use (they ship none), after their documented APIs.

declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: {
      multibaseMultikeyHeader: string;
      fromMultibase: (key: { publicKeyMultibase: string }) => unknown;
    }): void;
    get(options: { url?: string; did?: string }): Promise<Record<string, unknown>>;
  };
}

declare module 'jsonld' {
  const jsonld: {
    expand(
      input: object,
      options: { documentLoader: (url: string) => Promise<unknown>; safe?: boolean },
    ): Promise<unknown[]>;
  };
  export default jsonld;
}
