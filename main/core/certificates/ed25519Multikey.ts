import { createPublicKey, type KeyObject } from 'node:crypto';
import { CoreError } from '../coreError';
import { multibaseDecode, multibaseEncode } from './base58btc';

/** The multicodec varint for ed25519-pub (0xed), as two bytes. */
const ED25519_PUB_PREFIX = Uint8Array.of(0xed, 0x01);
const DID_KEY = 'did:key:';

/** The Multikey form of a raw 32-byte Ed25519 public key: 'z' + base58btc(0xed01 || key). */
export function ed25519PublicKeyMultibase(rawPublicKey: Uint8Array): string {
  if (rawPublicKey.length !== 32) {
    throw new CoreError('invalid_input', 'An Ed25519 public key is 32 bytes long.');
  }
  const bytes = new Uint8Array(34);
  bytes.set(ED25519_PUB_PREFIX, 0);
  bytes.set(rawPublicKey, 2);
  return multibaseEncode(bytes);
}

/**
 * The raw 32-byte Ed25519 public key in a Multikey value. Throws `CoreError('invalid_input')` when the value is not
 * base58btc or does not carry the ed25519-pub multicodec prefix and 32 bytes.
 */
export function rawPublicKeyFromMultibase(multibase: string): Uint8Array {
  const bytes = multibaseDecode(multibase);
  if (bytes.length !== 34 || bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) {
    throw new CoreError('invalid_input', 'The key is not an Ed25519 public key in Multikey form.');
  }
  return bytes.slice(2);
}

/** The did:key identifier of a raw Ed25519 public key: `did:key:z6Mk…`. */
export function didKeyFromPublicKey(rawPublicKey: Uint8Array): string {
  return `${DID_KEY}${ed25519PublicKeyMultibase(rawPublicKey)}`;
}

/** The verification method of a did:key: the DID, '#', and the same Multikey value again. */
export function didKeyVerificationMethod(did: string): string {
  return `${did}#${did.slice(DID_KEY.length)}`;
}

/** The raw Ed25519 public key named by a did:key identifier; `CoreError('invalid_input')` when it is not one. */
export function rawPublicKeyFromDidKey(did: string): Uint8Array {
  if (!did.startsWith(DID_KEY)) throw new CoreError('invalid_input', 'The identifier is not a did:key.');
  return rawPublicKeyFromMultibase(did.slice(DID_KEY.length));
}

/** A node:crypto public key object for a raw Ed25519 key (through its JWK form). */
export function ed25519PublicKeyObject(rawPublicKey: Uint8Array): KeyObject {
  const x = Buffer.from(rawPublicKey).toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

/** The raw 32 bytes of an Ed25519 public (or private) key object, read from its JWK `x`. */
export function rawEd25519PublicKey(key: KeyObject): Uint8Array {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new CoreError('invalid_input', 'The key is not an Ed25519 key.');
  }
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'));
}
