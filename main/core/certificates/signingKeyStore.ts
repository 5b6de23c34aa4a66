import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../coreError';
import { signingKeyFromPrivateKey, type SigningKey } from './signingKey';

/** The key file's name inside `<dataDir>/keys/`. */
export const SIGNING_KEY_FILE = 'certificate-signing-key.json';
const FORMAT = 'ce-player-certificate-signing-key';
// Windows has no POSIX mode bits: there the file is as private as the user profile folder it sits in.
const POSIX = process.platform !== 'win32';
// Where hard links are not supported (some network or FAT volumes), creation falls back to a rename.
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL']);

/** Where the signing key of the installation using `dataDir` is kept. */
export function signingKeyPath(dataDir: string): string {
  return path.join(dataDir, 'keys', SIGNING_KEY_FILE);
}

/**
 * The installation's certificate signing key, created at first use, stamped with `now` (the core's clock, Unix ms).
 * The file is `<dataDir>/keys/certificate-signing-key.json`, owner-only (0600 in a 0700 folder on macOS and Linux),
 * written to a temporary file and moved into place so it is never half-written. A damaged key file is never
 * replaced: it fails with `CoreError('storage')` naming the file, because a new key would give the installation a
 * new identity.
 */
export function loadOrCreateSigningKey(dataDir: string, now: number): SigningKey {
  const file = signingKeyPath(dataDir);
  const dir = path.dirname(file);
  storageStep(`create the key folder ${dir}`, () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (POSIX) fs.chmodSync(dir, 0o700);
  });
  if (!fileExists(file)) createKeyFile(file, now);
  return readKeyFile(file);
}

/** The installation's signing key when one was created already, or null; a damaged one fails as above. */
export function readExistingSigningKey(dataDir: string): SigningKey | null {
  const file = signingKeyPath(dataDir);
  return fileExists(file) ? readKeyFile(file) : null;
}

function createKeyFile(file: string, now: number): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  const key = signingKeyFromPrivateKey(privateKey);
  const body = {
    format: FORMAT,
    version: 1,
    algorithm: 'Ed25519',
    createdAt: new Date(now).toISOString(),
    did: key.did,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  const temp = path.join(path.dirname(file), `.${SIGNING_KEY_FILE}.${randomUUID()}.tmp`);
  storageStep(`write the new signing key to ${file}`, () => {
    try {
      writePrivateFile(temp, `${JSON.stringify(body, null, 2)}\n`);
      publishWithoutReplacing(temp, file);
    } finally {
      fs.rmSync(temp, { force: true });
    }
    syncFolder(path.dirname(file));
  });
}

function writePrivateFile(target: string, text: string): void {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    if (POSIX) fs.fchmodSync(fd, 0o600);
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A hard link publishes the file atomically and fails if another process got there first: its key then wins. */
function publishWithoutReplacing(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return;
    if (!code || !LINK_UNSUPPORTED.has(code)) throw error;
    if (!fileExists(file)) fs.renameSync(temp, file);
  }
}

function syncFolder(dir: string): void {
  if (!POSIX) return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readKeyFile(file: string): SigningKey {
  const stat = storageStep(`read the signing key ${file}`, () => fs.lstatSync(file));
  if (!stat.isFile()) damaged(file, 'it is not a regular file');
  if (POSIX && (stat.mode & 0o077) !== 0) {
    storageStep(`make the signing key ${file} private to its owner`, () => fs.chmodSync(file, 0o600));
  }
  const text = storageStep(`read the signing key ${file}`, () => fs.readFileSync(file, 'utf8'));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    damaged(file, 'it is not valid JSON');
  }
  if (typeof body !== 'object' || body === null) damaged(file, 'it is not a key record');
  const record = body as Record<string, unknown>;
  if (record.format !== FORMAT || record.version !== 1 || record.algorithm !== 'Ed25519') {
    damaged(file, 'it is not a CE Player Ed25519 key record of version 1');
  }
  if (typeof record.privateKeyPem !== 'string') damaged(file, 'the private key is missing');
  let key: SigningKey;
  try {
    key = signingKeyFromPrivateKey(createPrivateKey(record.privateKeyPem));
  } catch {
    damaged(file, 'the private key cannot be read as an Ed25519 key');
  }
  if (record.did !== key.did) damaged(file, 'the private key does not match the did:key recorded with it');
  return key;
}

function damaged(file: string, detail: string): never {
  throw new CoreError(
    'storage',
    `The certificate signing key ${file} is damaged: ${detail}. It has been left as it is, because a new key ` +
      'would give this installation a new identity and its reprinted certificates would no longer match the ' +
      'ones already issued. Restore the file from a backup of the data folder; if there is none, move the file ' +
      'aside and CE Player will create a new key on the next certificate.',
  );
}

function fileExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw new CoreError('storage', `Could not check the signing key ${file}: ${describe(error)}.`);
  }
}

function storageStep<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError('storage', `Could not ${what}: ${describe(error)}.`);
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function describe(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  return code ?? (error instanceof Error ? error.message : String(error));
}
