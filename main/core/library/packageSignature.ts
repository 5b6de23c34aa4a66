/**
 * A course provider's signature over a package: `signature.json` in the package root. It names the provider by a
 * did:key (an Ed25519 public key) and lists every other file of the package with its SHA-256; the Ed25519 signature
 * covers the RFC 8785 (JCS) form of that list and its header. A signed package is checked wherever it is loaded or
 * imported: any file changed, added or removed after signing makes it invalid, and the message names that file.
 * The signing itself reuses the certificate code (did:key, multibase, canonical JSON).
 */
import { verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { multibaseDecode, multibaseEncode } from '../certificates/base58btc';
import { canonicalizeJson } from '../certificates/canonicalJson';
import { ed25519PublicKeyObject, rawPublicKeyFromDidKey } from '../certificates/ed25519Multikey';
import { signingKeyFromPrivateKey } from '../certificates/signingKey';
import { MAX_TEXT_FILE_BYTES } from '../course/contentLimits';
import type { FileDigest } from './packageDigests';
import { describeChange, digestFiles, findChangedFile } from './packageDigests';
import type { PackageFolderFile } from './packageFolderFiles';

/** The signature's file name, in the package root. */
export const SIGNATURE_FILE = 'signature.json';
const FORMAT = 'ce-player-course-signature';
const RESIGN = 'Ask the provider for the package as they signed it.';

/** What is signed: everything in signature.json but the signature itself. */
interface SignedContent {
  format: typeof FORMAT;
  version: 1;
  /** The provider's key, `did:key:z6Mk…`. */
  provider: string;
  /** When it was signed (ISO 8601), as the provider's clock says. */
  signedAt: string;
  /** Every file of the package except signature.json, sorted by path. */
  files: FileDigest[];
}

/** A package's signature, as the library and `course:check` report it. */
export type PackageSignatureState =
  | { state: 'unsigned' }
  | { state: 'signed'; provider: string; signedAt: string }
  | { state: 'invalid'; file: string; message: string };

/**
 * Signs the package in `rootDir` with an Ed25519 private key: writes signature.json listing every other file.
 * `files` is the package's listing (listPackageFolder). Returns the provider's did:key.
 */
export function signPackage(
  rootDir: string,
  files: readonly PackageFolderFile[],
  privateKey: KeyObject,
  now: Date,
): string {
  const key = signingKeyFromPrivateKey(privateKey);
  const content: SignedContent = {
    format: FORMAT,
    version: 1,
    provider: key.did,
    signedAt: now.toISOString(),
    files: digestFiles(files.filter((file) => file.path !== SIGNATURE_FILE)),
  };
  const proofValue = multibaseEncode(key.sign(signedBytes(content)));
  fs.writeFileSync(
    path.join(rootDir, SIGNATURE_FILE),
    `${JSON.stringify({ ...content, proofValue }, null, 2)}\n`,
  );
  return key.did;
}

/**
 * Checks the signature of a package from its listing: unsigned when there is no signature.json; invalid, naming
 * the file at fault, when the signature does not verify or any file differs from the signed list.
 */
export function checkPackageSignature(files: readonly PackageFolderFile[]): PackageSignatureState {
  const signatureFile = files.find((file) => file.path === SIGNATURE_FILE);
  if (!signatureFile) return { state: 'unsigned' };
  const read = readSignature(signatureFile);
  if ('message' in read) return { state: 'invalid', file: SIGNATURE_FILE, message: read.message };
  const { content, signature } = read;
  let publicKey: KeyObject;
  try {
    publicKey = ed25519PublicKeyObject(rawPublicKeyFromDidKey(content.provider));
  } catch {
    return malformed(`its provider "${content.provider}" is not an Ed25519 did:key`);
  }
  if (!verify(null, signedBytes(content), publicKey, signature)) {
    return {
      state: 'invalid',
      file: SIGNATURE_FILE,
      message:
        `The signature in ${SIGNATURE_FILE} does not match its list of files: it was edited after signing, or not ` +
        `made with the key of ${content.provider}. ${RESIGN}`,
    };
  }
  const change = findChangedFile(
    content.files,
    files.filter((file) => file.path !== SIGNATURE_FILE),
  );
  if (!change) return { state: 'signed', provider: content.provider, signedAt: content.signedAt };
  return {
    state: 'invalid',
    file: change.path,
    message:
      `${describeChange(change)} after ${content.provider} signed this package; a signed package must stay exactly ` +
      `as its provider signed it. ${RESIGN}`,
  };
}

function signedBytes(content: SignedContent): Buffer {
  const { format, version, provider, signedAt, files } = content;
  return Buffer.from(canonicalizeJson({ format, version, provider, signedAt, files }), 'utf8');
}

function malformed(why: string): Extract<PackageSignatureState, { state: 'invalid' }> {
  return {
    state: 'invalid',
    file: SIGNATURE_FILE,
    message: `${SIGNATURE_FILE} is not a CE Player course signature: ${why}. ${RESIGN}`,
  };
}

function readSignature(
  file: PackageFolderFile,
): { content: SignedContent; signature: Uint8Array } | { message: string } {
  if (file.size > MAX_TEXT_FILE_BYTES) return malformed('it is too large');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file.absPath, 'utf8'));
  } catch {
    return malformed('it is not valid JSON');
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const { format, version, provider, signedAt, files, proofValue } = record;
  if (format !== FORMAT || version !== 1) return malformed(`its format is not "${FORMAT}" version 1`);
  if (typeof provider !== 'string' || typeof signedAt !== 'string' || typeof proofValue !== 'string') {
    return malformed('"provider", "signedAt" or "proofValue" is missing');
  }
  if (!Array.isArray(files) || !files.every(isFileDigest)) {
    return malformed('"files" is not a list of {path, sha256} entries');
  }
  let signature: Uint8Array;
  try {
    signature = multibaseDecode(proofValue);
  } catch {
    return malformed('"proofValue" is not a base58btc multibase value');
  }
  if (signature.length !== 64) return malformed('"proofValue" is not an Ed25519 signature');
  return { content: { format: FORMAT, version: 1, provider, signedAt, files }, signature };
}

function isFileDigest(value: unknown): value is FileDigest {
  if (typeof value !== 'object' || value === null) return false;
  const { path: filePath, sha256 } = value as Record<string, unknown>;
  return typeof filePath === 'string' && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256);
}
