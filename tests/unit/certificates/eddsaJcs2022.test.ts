import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../../main/core/certificates/canonicalJson';
import { signDocument } from '../../../main/core/certificates/dataIntegrityProof';
import {
  ed25519PublicKeyMultibase,
  rawEd25519PublicKey,
} from '../../../main/core/certificates/ed25519Multikey';
import { signingKeyFromPrivateKey } from '../../../main/core/certificates/signingKey';
import { verifyJcsCredential } from '../../../main/core/certificates/verifyCredential';
import { readVector, specSigningKey } from './certificateFixtures';
import { changed, edit, leafPaths, withoutKey } from './jsonEdits';

describe('eddsa-jcs-2022 with the specification test vector', () => {
  it('verifies the specification signedJCS.json as VALID, with the key named in its verification method', () => {
    const result = verifyJcsCredential(readVector());
    expect(result).toMatchObject({ valid: true });
    if (!result.valid) return;
    expect(result.signer.publicKeyMultibase).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(result.signer.controller).toBe('https://vc.example/issuers/5678');
    expect(result.signer.keySource).toBe('verification-method-fragment');
  });

  it('reproduces the vector proofValue exactly from its document, proof options and the spec key', () => {
    const vector = readVector();
    const { proof, ...unsecured } = vector as JsonObject & { proof: JsonObject };
    const key = specSigningKey();
    expect(key.publicKeyMultibase).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    // The vector's verification method is an https URL, so sign with a key object that names it.
    const named = { ...key, verificationMethod: proof.verificationMethod as string };
    const signed = signDocument(unsecured, named, proof.created as string);
    expect(signed.proof.proofValue).toBe(proof.proofValue);
    expect(signed.proof).toEqual(proof);
  });

  it('calls every copy with one leaf changed INVALID, anywhere in the document or its proof', () => {
    const vector = readVector();
    const paths = leafPaths(vector);
    expect(paths.length).toBeGreaterThan(15);
    for (const at of paths) {
      const result = verifyJcsCredential(edit(vector, at, changed));
      expect(result.valid, `changed ${at.join('.')}`).toBe(false);
    }
  });

  it('calls copies with a field added or removed anywhere INVALID', () => {
    const vector = readVector();
    const objects: (string | number)[][] = [[], ['credentialSubject'], ['proof']];
    for (const at of objects) {
      const added = structuredClone(vector);
      const target = at.reduce<JsonValue>((v, k) => (v as Record<string, JsonValue>)[k] as JsonValue, added);
      (target as JsonObject).extra = 'added';
      expect(verifyJcsCredential(added).valid, `added to ${at.join('.') || 'top'}`).toBe(false);
    }
    for (const at of leafPaths(vector).filter((p) => typeof p[p.length - 1] === 'string')) {
      const removed = structuredClone(vector);
      const parent = at
        .slice(0, -1)
        .reduce<JsonValue>((v, k) => (v as Record<string, JsonValue>)[k] as JsonValue, removed) as JsonObject;
      Reflect.deleteProperty(parent, at[at.length - 1] as string);
      expect(verifyJcsCredential(removed).valid, `removed ${at.join('.')}`).toBe(false);
    }
    const proofWithoutContext = withoutKey(vector.proof as JsonObject, '@context');
    expect(verifyJcsCredential({ ...vector, proof: proofWithoutContext })).toMatchObject({ valid: false });
    const withArrayProof = { ...vector, proof: [vector.proof as JsonValue] };
    expect(verifyJcsCredential(withArrayProof)).toMatchObject({ valid: false, reason: 'unsupported-proof' });
    const context = vector['@context'] as string[];
    const appended = { ...vector, '@context': [...context, 'https://example.org/extra/v1'] };
    expect(verifyJcsCredential(appended)).toMatchObject({ valid: false, reason: 'bad-signature' });
  });

  it('calls the vector with the last character of its proof value removed INVALID', () => {
    const vector = readVector();
    const proof = vector.proof as JsonObject;
    const result = verifyJcsCredential({
      ...vector,
      proof: { ...proof, proofValue: (proof.proofValue as string).slice(0, -1) },
    });
    expect(result).toMatchObject({ valid: false });
  });

  it('calls the vector with another key swapped into its verification method INVALID', () => {
    const vector = readVector();
    const proof = vector.proof as JsonObject;
    const other = ed25519PublicKeyMultibase(rawEd25519PublicKey(generateKeyPairSync('ed25519').publicKey));
    const swapped = { ...proof, verificationMethod: `https://vc.example/issuers/5678#${other}` };
    expect(verifyJcsCredential({ ...vector, proof: swapped })).toMatchObject({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('explains what is wrong: not JSON, not a credential, unsigned, other suites, unknown keys', () => {
    const vector = readVector();
    const proof = vector.proof as JsonObject;
    const unsigned = withoutKey(vector, 'proof');
    expect(verifyJcsCredential('{not json')).toMatchObject({ valid: false, reason: 'malformed' });
    expect(verifyJcsCredential([1, 2])).toMatchObject({ valid: false, reason: 'not-a-credential' });
    expect(verifyJcsCredential({ hello: 'world' })).toMatchObject({
      valid: false,
      reason: 'not-a-credential',
    });
    expect(verifyJcsCredential(unsigned)).toMatchObject({ valid: false, reason: 'unsigned' });
    expect(
      verifyJcsCredential({ ...vector, proof: { ...proof, cryptosuite: 'ecdsa-jcs-2019' } }),
    ).toMatchObject({
      valid: false,
      reason: 'unsupported-proof',
    });
    expect(
      verifyJcsCredential({ ...vector, proof: { ...proof, verificationMethod: 'did:web:vc.example#key-1' } }),
    ).toMatchObject({ valid: false, reason: 'unknown-key-format' });
    expect(verifyJcsCredential(JSON.stringify(vector))).toMatchObject({ valid: true });
    const failure = verifyJcsCredential({ ...vector, name: 'Changed' });
    expect(failure.valid).toBe(false);
    if (!failure.valid) expect(failure.message).toMatch(/changed after it was signed/);
  });

  it('signs and verifies a did:key document, and refuses it when another key re-signs without changing issuer', () => {
    const key = signingKeyFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
    const document = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: key.did,
      credentialSubject: { note: 'round trip' },
    };
    const signed = signDocument(document, key, '2026-01-02T03:04:05Z');
    const result = verifyJcsCredential(signed);
    expect(result).toMatchObject({ valid: true, signer: { controller: key.did, keySource: 'did:key' } });
    const other = signingKeyFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
    expect(verifyJcsCredential(signDocument(document, other, '2026-01-02T03:04:05Z'))).toMatchObject({
      valid: false,
      reason: 'issuer-mismatch',
    });
    expect(signDocument(document, key, '2026-01-02T03:04:05Z')).toEqual(signed);
  });

  it('refuses expired credentials, and never throws on arbitrary JSON', () => {
    const key = signingKeyFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
    const document = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: key.did,
      validUntil: '2027-01-01T00:00:00Z',
      credentialSubject: {},
    };
    const signed = signDocument(document, key, '2026-01-02T03:04:05Z');
    expect(verifyJcsCredential(signed, new Date('2026-06-01T00:00:00Z'))).toMatchObject({ valid: true });
    expect(verifyJcsCredential(signed, new Date('2027-06-01T00:00:00Z'))).toMatchObject({
      valid: false,
      reason: 'expired',
    });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(verifyJcsCredential(value).valid).toBe(false);
        expect(verifyJcsCredential({ ...readVector(), proof: value }).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
