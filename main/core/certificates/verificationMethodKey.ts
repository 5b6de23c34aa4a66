import { ed25519PublicKeyMultibase, rawPublicKeyFromMultibase } from './ed25519Multikey';

/** Who signed, as far as can be told offline from the verification method alone. */
export interface Signer {
  /** The proof's verificationMethod. */
  verificationMethod: string;
  /** The verification method without its fragment: the identity that claims the key. */
  controller: string;
  /** The Ed25519 public key that checked the signature, in Multikey form. */
  publicKeyMultibase: string;
  /**
   * `did:key`: the identifier is the key itself, so the controller is exactly the holder of that key.
   * `verification-method-fragment`: the key was read from the fragment of another kind of identifier (an https or
   * did:web address); that the controller publishes this key was NOT checked, since that needs the network.
   */
  keySource: 'did:key' | 'verification-method-fragment';
}

/** A verification method resolved to its raw key, or a plain reason why it cannot be without the network. */
export type ResolvedKey =
  { ok: true; signer: Signer; rawPublicKey: Uint8Array } | { ok: false; message: string };

/**
 * Resolves a verification method locally. `did:key:z6Mk…#z6Mk…` gives the key in the identifier; any other URL
 * whose fragment is an Ed25519 Multikey (as in the specification's test vectors) gives the fragment's key, marked
 * as not confirmed. Nothing is fetched.
 */
export function resolveVerificationMethod(verificationMethod: string): ResolvedKey {
  const hash = verificationMethod.indexOf('#');
  if (hash <= 0) {
    return {
      ok: false,
      message: 'The proof names its key without a "#" fragment, so it cannot be found offline.',
    };
  }
  const controller = verificationMethod.slice(0, hash);
  const fragment = verificationMethod.slice(hash + 1);
  const rawPublicKey = decodeMultikey(fragment);
  if (!rawPublicKey) {
    return {
      ok: false,
      message:
        `The signing key "${verificationMethod}" is not an Ed25519 key written into its own name (did:key or a ` +
        'Multikey fragment), so it cannot be checked offline.',
    };
  }
  if (controller.startsWith('did:key:')) {
    if (controller !== `did:key:${fragment}`) {
      return { ok: false, message: 'The did:key and the key named after its "#" are different keys.' };
    }
    return {
      ok: true,
      rawPublicKey,
      signer: signer(verificationMethod, controller, rawPublicKey, 'did:key'),
    };
  }
  return {
    ok: true,
    rawPublicKey,
    signer: signer(verificationMethod, controller, rawPublicKey, 'verification-method-fragment'),
  };
}

function decodeMultikey(value: string): Uint8Array | null {
  try {
    return rawPublicKeyFromMultibase(value);
  } catch {
    return null;
  }
}

function signer(
  verificationMethod: string,
  controller: string,
  rawPublicKey: Uint8Array,
  keySource: Signer['keySource'],
): Signer {
  return {
    verificationMethod,
    controller,
    publicKeyMultibase: ed25519PublicKeyMultibase(rawPublicKey),
    keySource,
  };
}
