import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base58btcDecode,
  base58btcEncode,
  multibaseDecode,
  multibaseEncode,
} from '../../../main/core/certificates/base58btc';
import {
  didKeyFromPublicKey,
  didKeyVerificationMethod,
  ed25519PublicKeyMultibase,
  rawEd25519PublicKey,
  rawPublicKeyFromDidKey,
  rawPublicKeyFromMultibase,
} from '../../../main/core/certificates/ed25519Multikey';
import { CoreError } from '../../../main/core/coreError';

const hex = (value: string): Uint8Array => Uint8Array.from(Buffer.from(value, 'hex'));

describe('base58btc and multibase', () => {
  it('encodes known values (Bitcoin alphabet; leading zero bytes become "1")', () => {
    expect(base58btcEncode(new TextEncoder().encode('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
    expect(base58btcEncode(hex('0000287fb4cd'))).toBe('11233QC4');
    expect(base58btcEncode(new Uint8Array())).toBe('');
    expect(base58btcEncode(hex('00'))).toBe('1');
    expect(base58btcEncode(hex('ff'))).toBe('5Q');
  });

  it('round-trips any bytes, including leading zeros', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat({ max: 4 }), (bytes, zeros) => {
        const input = Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes]);
        expect(base58btcDecode(base58btcEncode(input))).toEqual(input);
        expect(multibaseDecode(multibaseEncode(input))).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses characters outside the alphabet and other multibase bases', () => {
    for (const bad of ['0abc', 'Oops', 'Il', 'abc+']) expect(() => base58btcDecode(bad)).toThrow(CoreError);
    expect(() => multibaseDecode('uAAAA')).toThrow(/base58btc/);
  });
});

describe('did:key for Ed25519', () => {
  it('derives the did:key the specification vector names from its raw public key', () => {
    // The test vector's public key (z6MkrJV…): multicodec 0xed01 followed by these 32 bytes.
    const raw = hex('b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f');
    expect(ed25519PublicKeyMultibase(raw)).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    const did = didKeyFromPublicKey(raw);
    expect(did).toBe('did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(didKeyVerificationMethod(did)).toBe(`${did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`);
    expect(rawPublicKeyFromDidKey(did)).toEqual(raw);
  });

  it('round-trips node:crypto Ed25519 keys through did:key, and every one starts z6Mk', () => {
    for (let i = 0; i < 20; i++) {
      const { publicKey } = generateKeyPairSync('ed25519');
      const raw = rawEd25519PublicKey(publicKey);
      const did = didKeyFromPublicKey(raw);
      expect(did.startsWith('did:key:z6Mk')).toBe(true);
      expect(rawPublicKeyFromDidKey(did)).toEqual(raw);
    }
  });

  it('refuses keys of the wrong length or codec', () => {
    expect(() => ed25519PublicKeyMultibase(randomBytes(31))).toThrow(CoreError);
    // An X25519 key (multicodec 0xec01) is not an Ed25519 key.
    expect(() =>
      rawPublicKeyFromMultibase(multibaseEncode(Uint8Array.from([0xec, 0x01, ...randomBytes(32)]))),
    ).toThrow(/not an Ed25519/);
    expect(() =>
      rawPublicKeyFromMultibase(multibaseEncode(Uint8Array.from([0xed, 0x01, ...randomBytes(33)]))),
    ).toThrow(CoreError);
    expect(() => rawPublicKeyFromDidKey('did:web:example.org')).toThrow(CoreError);
  });
});
