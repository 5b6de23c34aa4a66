import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach } from 'vitest';
import type { JsonObject } from '../../../main/core/certificates/canonicalJson';
import type {
  CertificateFacts,
  CertificateSnapshot,
} from '../../../main/core/certificates/certificateSnapshot';
import { base58btcDecode } from '../../../main/core/certificates/base58btc';
import { signingKeyFromPrivateKey, type SigningKey } from '../../../main/core/certificates/signingKey';
import { createVerificationCode } from '../../../main/core/certificates/verificationCode';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The specification's signed test vectors, copied into tests/fixtures/vectors with their source named. */
export const vectorsDir = path.join(repoRoot, 'tests', 'fixtures', 'vectors');
export const vectorPath = path.join(vectorsDir, 'eddsa-jcs-2022', 'signedJCS.json');
export const fontDir = path.join(repoRoot, 'build', 'fonts');

/** A fresh parse of the W3C eddsa-jcs-2022 signed test vector. */
export function readVector(): JsonObject {
  return JSON.parse(readFileSync(vectorPath, 'utf8')) as JsonObject;
}

/**
 * The vc-di-eddsa specification's test key pair (TestVectors/keyPair.json): the secret key as published (multicodec
 * ed25519-priv 0x8026 + seed). With it, the signers must reproduce the vectors' proofValues byte for byte.
 */
export const SPEC_SECRET_KEY = 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq';
export const SPEC_PUBLIC_KEY = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';

/** The specification's test key as this project's SigningKey. */
export function specSigningKey(): SigningKey {
  const seed = base58btcDecode(SPEC_SECRET_KEY.slice(1)).subarray(2);
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return signingKeyFromPrivateKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
}

const madeInTest: string[] = [];
const madeForSuite: string[] = [];
afterEach(() => {
  for (const dir of madeInTest.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => {
  for (const dir of madeForSuite.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed after the test. */
export function makeTempDir(prefix = 'ce-player-cert-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  madeInTest.push(dir);
  return dir;
}

/** A temporary folder for files a `beforeAll` prepares: removed after the file's tests. */
export function makeSuiteTempDir(prefix = 'ce-player-cert-suite-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  madeForSuite.push(dir);
  return dir;
}

/**
 * Certificate facts like the bundled course gives (designations, no accreditation statement), in the form a sealed
 * certificate states them (the post-test score in whole percent).
 */
export function sampleFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    certificateId: '3f2b8c1e-7a4d-4e6b-9c0a-1d2e3f4a5b6c',
    certificateName: 'Amélie O’Neil-Ngata',
    credentials: 'RN, MSN',
    licenseNumber: 'RN-884213',
    licenseState: 'CA',
    courseId: 'ketamine-therapy',
    courseTitle: 'Ketamine Treatment for Mental Health',
    courseVersion: '1.0.0',
    providerName: 'Example CE Provider & Partners',
    completionCriteria:
      'Read every module and passed its quiz (80% or more), passed the post-test (75% or more), completed the ' +
      'evaluation, and attested the time spent.',
    completionDate: '2026-11-14',
    issuedAt: '2026-11-14T18:30:05Z',
    hoursClaimed: 4.75,
    designations: [
      {
        type: 'Continuing education hours',
        statement:
          'Example CE Provider designates this enduring material for a maximum of 5.0 hours of continuing ' +
          'education. Clinicians should claim only the credit commensurate with the extent of their participation.',
      },
    ],
    accreditationStatement: null,
    postTestScore: 0.86,
    supersedes: null,
    hoursAvailable: 5,
    signatory: null,
    ...overrides,
  };
}

/** A complete snapshot: the facts plus the verification code this key derives for them. */
export function sampleSnapshot(
  key: SigningKey,
  overrides: Partial<CertificateFacts> = {},
): CertificateSnapshot {
  const facts = sampleFacts(overrides);
  return { ...facts, verificationCode: createVerificationCode(facts, key) };
}
