import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { signingKeyFromPrivateKey } from '../../../main/core/certificates/signingKey';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/core/library/importLimits';
import { listPackageFolder } from '../../../main/core/library/packageFolderFiles';
import { signPackage } from '../../../main/core/library/packageSignature';

/** The example package (tests/fixtures/courses/valid-minimal); this file serves the e2e suite too, so no vitest here. */
const validMinimalDir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'courses', 'valid-minimal');

/** A provider key made for one test (no private key is ever committed), and its did:key. */
export function newProviderKey(): { privateKey: KeyObject; did: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, did: signingKeyFromPrivateKey(privateKey).did };
}

/** Signs the package in `dir` as `course:check --sign` does. */
export function signFolder(
  dir: string,
  key: { privateKey: KeyObject },
  now = new Date('2026-12-01T09:00:00Z'),
): void {
  const listing = listPackageFolder(dir, DEFAULT_IMPORT_LIMITS);
  if (!listing.ok) throw new Error(listing.message);
  signPackage(dir, listing.files, key.privateKey, now);
}

/** A signed copy of valid-minimal at `parent/<name>`, optionally edited before signing. */
export function signedMinimal(
  parent: string,
  key: { privateKey: KeyObject },
  options: { name?: string; version?: string } = {},
): string {
  const dir = path.join(parent, options.name ?? 'hand-hygiene');
  fs.cpSync(validMinimalDir, dir, { recursive: true });
  if (options.version) {
    const manifest = path.join(dir, 'course.yml');
    fs.writeFileSync(
      manifest,
      fs.readFileSync(manifest, 'utf8').replace('version: 1.0.0', `version: ${options.version}`),
    );
  }
  signFolder(dir, key);
  return dir;
}
