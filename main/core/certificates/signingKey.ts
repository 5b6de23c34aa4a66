import { sign, type KeyObject } from 'node:crypto';
import { CoreError } from '../coreError';
import {
  didKeyFromPublicKey,
  didKeyVerificationMethod,
  ed25519PublicKeyMultibase,
  rawEd25519PublicKey,
} from './ed25519Multikey';

/** An installation's Ed25519 certificate signing key, named as a did:key. The private half never leaves it. */
export interface SigningKey {
  /** `did:key:z6Mk…`: the issuer id on every certificate this key signs. */
  readonly did: string;
  /** `did:key:z6Mk…#z6Mk…`: the proof's verificationMethod. */
  readonly verificationMethod: string;
  /** The public key in Multikey form (`z6Mk…`). */
  readonly publicKeyMultibase: string;
  /** Signs bytes with Ed25519 (deterministic: the same bytes always give the same 64-byte signature). */
  sign(data: Uint8Array): Uint8Array;
}

/** Wraps an Ed25519 private key object as a `SigningKey`. */
export function signingKeyFromPrivateKey(privateKey: KeyObject): SigningKey {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new CoreError('invalid_input', 'A certificate signing key must be an Ed25519 private key.');
  }
  const rawPublicKey = rawEd25519PublicKey(privateKey);
  const did = didKeyFromPublicKey(rawPublicKey);
  return {
    did,
    verificationMethod: didKeyVerificationMethod(did),
    publicKeyMultibase: ed25519PublicKeyMultibase(rawPublicKey),
    sign: (data) => new Uint8Array(sign(null, data, privateKey)),
  };
}
