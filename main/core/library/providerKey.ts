/**
 * A course provider's signing key file: an Ed25519 private key in PKCS#8 PEM, the form
 * `openssl genpkey -algorithm ed25519 -out provider-key.pem` writes, and the form `course:check --new-key` writes.
 * The provider keeps it; the public half (its did:key) is in every package it signs.
 */
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { signingKeyFromPrivateKey } from '../certificates/signingKey';
import { CoreError } from '../coreError';

/** Reads a provider key file; `CoreError('invalid_input')` naming the file when it is not an Ed25519 key. */
export function readProviderKey(file: string): KeyObject {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new CoreError('invalid_input', `The key file ${file} cannot be read (${code}).`);
  }
  try {
    const key = createPrivateKey(text);
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // Reported below, the same way as a key of another type.
  }
  throw new CoreError(
    'invalid_input',
    `${file} is not an Ed25519 private key in PEM form ("-----BEGIN PRIVATE KEY-----").`,
  );
}

/**
 * Creates a new provider key file, readable by its owner only, and returns the provider's did:key. An existing
 * file is never replaced: a new key would make the provider's packages look like another provider's.
 */
export function createProviderKey(file: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    fs.writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'EEXIST' ? 'it exists already, and a key file is never replaced' : code;
    throw new CoreError('invalid_input', `The key file ${file} was not created: ${why}.`);
  }
  return signingKeyFromPrivateKey(privateKey).did;
}
