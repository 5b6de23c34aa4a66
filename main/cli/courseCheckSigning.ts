import type { KeyObject } from 'node:crypto';
import { CoreError } from '../core/coreError';
import type { CourseProblem } from '../core/course/courseTypes';
import { DEFAULT_IMPORT_LIMITS } from '../core/library/importLimits';
import { listPackageFolder } from '../core/library/packageFolderFiles';
import type { PackageSignatureState } from '../core/library/packageSignature';
import { checkPackageSignature, signPackage, SIGNATURE_FILE } from '../core/library/packageSignature';
import { createProviderKey, readProviderKey } from '../core/library/providerKey';

/** What `course:check` was asked to do. */
export type CourseCheckRequest =
  | { kind: 'check'; folders: string[]; signWith: string | null; strict: boolean }
  | { kind: 'new-key'; keyFile: string }
  | { kind: 'usage' };

/**
 * Reads the command line: folders, with `--strict` and `--sign <key file>` before or among them, or
 * `--new-key <key file>` alone.
 */
export function parseCourseCheckArgs(args: readonly string[]): CourseCheckRequest {
  const rest = args.filter((arg) => arg !== '--');
  const folders: string[] = [];
  let signWith: string | null = null;
  let strict = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const value = rest[i + 1];
    if (arg === '--new-key') {
      return value !== undefined && rest.length === 2
        ? { kind: 'new-key', keyFile: value }
        : { kind: 'usage' };
    }
    if (arg === '--strict') {
      strict = true;
    } else if (arg === '--sign') {
      if (value === undefined || signWith !== null) return { kind: 'usage' };
      signWith = value;
      i++;
    } else if (arg.startsWith('--')) {
      return { kind: 'usage' };
    } else {
      folders.push(arg);
    }
  }
  return folders.length > 0 ? { kind: 'check', folders, signWith, strict } : { kind: 'usage' };
}

/** `--new-key`: creates the key file and says what it is. Returns the exit code. */
export function createKeyFile(keyFile: string, out: (line: string) => void): number {
  try {
    const did = createProviderKey(keyFile);
    out(`Created the provider key ${keyFile} for ${did}.`);
    out('Keep it private and backed up: anyone who holds it can sign course packages as you.');
    return 0;
  } catch (err) {
    if (!(err instanceof CoreError)) throw err;
    out(err.message);
    return 2;
  }
}

/** The private key of `--sign`, or the message that says why it cannot be used. */
export function loadSigningKey(keyFile: string): KeyObject | string {
  try {
    return readProviderKey(keyFile);
  } catch (err) {
    if (err instanceof CoreError) return err.message;
    throw err;
  }
}

/** Signs a package that loaded without errors; returns the line that says so. */
export function signFolder(dir: string, key: KeyObject, now: Date): string {
  const listing = listPackageFolder(dir, DEFAULT_IMPORT_LIMITS);
  if (!listing.ok) return `  not signed: ${listing.message}`;
  const [other] = listing.others;
  if (other !== undefined)
    return `  not signed: "${other}" is a link or special file; a signed package holds only files.`;
  const did = signPackage(dir, listing.files, key, now);
  const count = listing.files.filter((file) => file.path !== SIGNATURE_FILE).length;
  return `  signed ${count} files by ${did} in ${SIGNATURE_FILE}`;
}

/** The package's signature as `course:check` reports it: a summary line, or a problem when it is invalid. */
export function signatureReport(dir: string): { line: string } | { problem: CourseProblem } {
  const listing = listPackageFolder(dir, DEFAULT_IMPORT_LIMITS);
  const state: PackageSignatureState = listing.ok
    ? checkPackageSignature(listing.files)
    : { state: 'invalid', file: listing.file, message: listing.message };
  switch (state.state) {
    case 'unsigned':
      return { line: '  signature: none (sign with --sign <key file>)' };
    case 'signed':
      return { line: `  signature: valid, by ${state.provider} (signed ${state.signedAt})` };
    case 'invalid':
      return { problem: { severity: 'error', file: state.file, line: 1, column: 1, message: state.message } };
  }
}
