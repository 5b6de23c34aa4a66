import { statSync, writeFileSync, readFileSync, chmodSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadOrCreateSigningKey,
  readExistingSigningKey,
  signingKeyPath,
} from '../../../main/core/certificates/signingKeyStore';
import { CoreError } from '../../../main/core/coreError';
import { makeTempDir } from './certificateFixtures';

const posix = process.platform !== 'win32';

describe('loadOrCreateSigningKey', () => {
  it('creates the key at first use in <dataDir>/keys and returns the same key afterwards', () => {
    const dataDir = path.join(makeTempDir(), 'not-yet-created');
    const first = loadOrCreateSigningKey(dataDir, Date.now());
    expect(first.did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
    expect(first.verificationMethod).toBe(`${first.did}#${first.did.slice('did:key:'.length)}`);
    expect(signingKeyPath(dataDir)).toBe(path.join(dataDir, 'keys', 'certificate-signing-key.json'));
    const again = loadOrCreateSigningKey(dataDir, Date.now());
    expect(again.did).toBe(first.did);
    const message = Buffer.from('same key');
    expect(Buffer.from(again.sign(message))).toEqual(Buffer.from(first.sign(message)));
    // No temporary file is left behind.
    expect(readdirSync(path.join(dataDir, 'keys'))).toEqual(['certificate-signing-key.json']);
  });

  it.skipIf(!posix)('keeps the key file 0600 in a 0700 folder, and tightens looser permissions', () => {
    const dataDir = makeTempDir();
    loadOrCreateSigningKey(dataDir, Date.now());
    const file = signingKeyPath(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    chmodSync(file, 0o644);
    chmodSync(path.dirname(file), 0o755);
    loadOrCreateSigningKey(dataDir, Date.now());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it("stamps a new key with the core's clock, and reads an existing key without creating one", () => {
    const dataDir = makeTempDir();
    expect(readExistingSigningKey(dataDir)).toBeNull();
    expect(() => readdirSync(path.join(dataDir, 'keys'))).toThrow();
    const created = loadOrCreateSigningKey(dataDir, Date.UTC(2026, 5, 1, 23, 30));
    const record = JSON.parse(readFileSync(signingKeyPath(dataDir), 'utf8')) as { createdAt: string };
    expect(record.createdAt).toBe('2026-06-01T23:30:00.000Z');
    expect(readExistingSigningKey(dataDir)?.did).toBe(created.did);
  });

  it('gives each data directory its own key', () => {
    expect(loadOrCreateSigningKey(makeTempDir(), Date.now()).did).not.toBe(
      loadOrCreateSigningKey(makeTempDir(), Date.now()).did,
    );
  });

  it('refuses a damaged key file with a storage error and leaves the file exactly as it was', () => {
    const damagedContents = [
      '',
      '{"format":"ce-player-certificate-signing-key"',
      '[]',
      JSON.stringify({ format: 'something-else', version: 1, algorithm: 'Ed25519' }),
      JSON.stringify({
        format: 'ce-player-certificate-signing-key',
        version: 1,
        algorithm: 'Ed25519',
        did: 'did:key:z6Mk',
        privateKeyPem: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      }),
    ];
    for (const contents of damagedContents) {
      const dataDir = makeTempDir();
      loadOrCreateSigningKey(dataDir, Date.now());
      const file = signingKeyPath(dataDir);
      writeFileSync(file, contents);
      let thrown: unknown;
      try {
        loadOrCreateSigningKey(dataDir, Date.now());
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CoreError);
      expect((thrown as CoreError).code).toBe('storage');
      expect((thrown as CoreError).message).toContain(file);
      expect((thrown as CoreError).message).toMatch(/left as it is/);
      expect(readFileSync(file, 'utf8')).toBe(contents);
    }
  });

  it('refuses a key file whose recorded did:key does not match its private key', () => {
    const dataDir = makeTempDir();
    const key = loadOrCreateSigningKey(dataDir, Date.now());
    const file = signingKeyPath(dataDir);
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const other = loadOrCreateSigningKey(makeTempDir(), Date.now());
    writeFileSync(file, JSON.stringify({ ...record, did: other.did }));
    expect(() => loadOrCreateSigningKey(dataDir, Date.now())).toThrow(/does not match/);
    expect(key.did).not.toBe(other.did);
  });

  it('never rewrites an existing key file', () => {
    const dataDir = makeTempDir();
    const first = loadOrCreateSigningKey(dataDir, Date.now());
    const before = readFileSync(signingKeyPath(dataDir), 'utf8');
    for (let i = 0; i < 3; i++) expect(loadOrCreateSigningKey(dataDir, Date.now()).did).toBe(first.did);
    expect(readFileSync(signingKeyPath(dataDir), 'utf8')).toBe(before);
  });

  it('fails with a storage error when the data directory cannot hold a key folder', () => {
    const dataDir = makeTempDir();
    writeFileSync(path.join(dataDir, 'keys'), 'a file where the folder should be');
    expect(() => loadOrCreateSigningKey(dataDir, Date.now())).toThrow(CoreError);
  });
});
