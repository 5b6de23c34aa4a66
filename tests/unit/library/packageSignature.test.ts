import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/core/library/importLimits';
import { listPackageFolder } from '../../../main/core/library/packageFolderFiles';
import { checkPackageSignature, SIGNATURE_FILE } from '../../../main/core/library/packageSignature';
import { createProviderKey, readProviderKey } from '../../../main/core/library/providerKey';
import { makeDataDir, validMinimalDir } from './importFixtures';
import { newProviderKey, signedMinimal, signFolder } from './signingFixtures';
import { folderEntries } from './zipWriter';

/*
 * The provider signature of a course package: signature.json lists every file with its SHA-256 and carries an
 * Ed25519 signature by a did:key over the canonical (JCS) form of that list. Any change names its file.
 */
function stateOf(dir: string) {
  const listing = listPackageFolder(dir, DEFAULT_IMPORT_LIMITS);
  if (!listing.ok) throw new Error(listing.message);
  return checkPackageSignature(listing.files);
}

describe('a signed package', () => {
  test('verifies, names its provider key, and lists every other file of the package', () => {
    const key = newProviderKey();
    const dir = signedMinimal(makeDataDir(), key);
    expect(stateOf(dir)).toEqual({
      state: 'signed',
      provider: key.did,
      signedAt: '2026-12-01T09:00:00.000Z',
    });
    const document = JSON.parse(fs.readFileSync(path.join(dir, SIGNATURE_FILE), 'utf8')) as {
      format: string;
      files: { path: string; sha256: string }[];
      proofValue: string;
    };
    expect(document.format).toBe('ce-player-course-signature');
    const packageFiles = folderEntries(validMinimalDir).map((entry) => entry.name);
    expect(packageFiles).toContain('modules/01-moments.md');
    expect(document.files.map((file) => file.path)).toEqual(packageFiles);
    expect(document.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/);
  });

  test('a package without signature.json is unsigned', () => {
    const dir = signedMinimal(makeDataDir(), newProviderKey());
    fs.rmSync(path.join(dir, SIGNATURE_FILE));
    expect(stateOf(dir)).toEqual({ state: 'unsigned' });
  });

  test('finder clutter added later does not break the signature', () => {
    const key = newProviderKey();
    const dir = signedMinimal(makeDataDir(), key);
    fs.writeFileSync(path.join(dir, 'modules', '.DS_Store'), 'finder');
    expect(stateOf(dir)).toMatchObject({ state: 'signed', provider: key.did });
  });
});

describe('a signed package that changed after signing is invalid, naming the file', () => {
  const key = newProviderKey();

  test.each([
    [
      'a module edited',
      (dir: string) =>
        fs.appendFileSync(path.join(dir, 'modules/01-moments.md'), '\nThe dose is 5 mg/kg rapid push.\n'),
      'modules/01-moments.md',
      /^"modules\/01-moments\.md" was changed after did:key:z6Mk\w+ signed this package/,
    ],
    [
      'a file added',
      (dir: string) => fs.writeFileSync(path.join(dir, 'assets/extra.png'), 'x'),
      'assets/extra.png',
      /^"assets\/extra\.png" was added after/,
    ],
    [
      'a file removed',
      (dir: string) => fs.rmSync(path.join(dir, 'references.md')),
      'references.md',
      /^"references\.md" is missing after/,
    ],
  ])('%s', (_, edit, file, message) => {
    const dir = signedMinimal(makeDataDir(), key);
    edit(dir);
    const state = stateOf(dir);
    expect(state).toMatchObject({ state: 'invalid', file });
    if (state.state === 'invalid') expect(state.message).toMatch(message);
  });

  test('a file list rewritten to match an edit, still under the old signature', () => {
    const dir = signedMinimal(makeDataDir(), key);
    const signature = path.join(dir, SIGNATURE_FILE);
    fs.appendFileSync(path.join(dir, 'course.yml'), '\nx-note: changed\n');
    const forged = newProviderKey();
    const copy = path.join(makeDataDir(), 'copy');
    fs.cpSync(dir, copy, { recursive: true });
    signFolder(copy, forged);
    const document = JSON.parse(fs.readFileSync(signature, 'utf8')) as Record<string, unknown>;
    const reSigned = JSON.parse(fs.readFileSync(path.join(copy, SIGNATURE_FILE), 'utf8')) as Record<
      string,
      unknown
    >;
    fs.writeFileSync(signature, JSON.stringify({ ...document, files: reSigned.files }));
    const state = stateOf(dir);
    expect(state).toMatchObject({ state: 'invalid', file: SIGNATURE_FILE });
    if (state.state === 'invalid') expect(state.message).toMatch(/does not match its list of files/);
  });

  test('a forger who swaps in their own key signs as themselves, never as the provider', () => {
    const dir = signedMinimal(makeDataDir(), key);
    fs.appendFileSync(path.join(dir, 'course.yml'), '\nx-note: changed\n');
    const forger = newProviderKey();
    signFolder(dir, forger);
    expect(stateOf(dir)).toMatchObject({ state: 'signed', provider: forger.did });
    expect(forger.did).not.toBe(key.did);
  });

  test.each([
    ['not JSON', () => '{', /is not valid JSON/],
    [
      'another format',
      () => JSON.stringify({ format: 'x', version: 1 }),
      /format is not "ce-player-course-signature"/,
    ],
    [
      'a provider that is not a did:key',
      (text: string) => text.replace(/"provider": "did:key:\w+"/, '"provider": "did:web:example.org"'),
      /provider "did:web:example.org" is not an Ed25519 did:key/,
    ],
  ])('signature.json that is %s', (_, rewrite, message) => {
    const dir = signedMinimal(makeDataDir(), key);
    const signature = path.join(dir, SIGNATURE_FILE);
    fs.writeFileSync(signature, rewrite(fs.readFileSync(signature, 'utf8')));
    const state = stateOf(dir);
    expect(state).toMatchObject({ state: 'invalid', file: SIGNATURE_FILE });
    if (state.state === 'invalid') expect(state.message).toMatch(message);
  });
});

describe('provider key files', () => {
  test('a new key file is PKCS#8 PEM, owner-only, and never overwritten', () => {
    const file = path.join(makeDataDir(), 'provider-key.pem');
    const did = createProviderKey(file);
    expect(did).toMatch(/^did:key:z6Mk/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(() => createProviderKey(file)).toThrow(/was not created: it exists already/);
    const dir = signedMinimal(makeDataDir(), { privateKey: readProviderKey(file) });
    expect(stateOf(dir)).toMatchObject({ state: 'signed', provider: did });
  });

  test('a key file that is not an Ed25519 private key is refused by name', () => {
    const file = path.join(makeDataDir(), 'not-a-key.pem');
    fs.writeFileSync(file, 'hello');
    expect(() => readProviderKey(file)).toThrow(`${file} is not an Ed25519 private key in PEM form`);
  });
});
