import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describeBytes, MAX_TEXT_FILE_BYTES } from './contentLimits';
import type { ProblemSink } from './problemSink';
import { fileStart } from './problemSink';

export type PackageText =
  | { kind: 'text'; text: string; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

export type PackageFileResolution =
  | { kind: 'inside'; relPath: string; absPath: string }
  | { kind: 'missing'; relPath: string }
  | { kind: 'outside' };

/**
 * Reads a package text file as UTF-8 (with or without BOM) and turns CRLF and lone CR into LF,
 * which keeps every line number the author sees in an editor.
 */
export function readPackageText(rootDir: string, relPath: string): PackageText {
  const found = locatePackageFile(rootDir, relPath);
  if (found.kind === 'missing') return { kind: 'missing' };
  if (found.kind === 'outside') return { kind: 'unreadable', reason: 'it lies outside the package folder' };
  if (found.size > MAX_TEXT_FILE_BYTES) {
    const limit = describeBytes(MAX_TEXT_FILE_BYTES);
    return {
      kind: 'unreadable',
      reason: `it is larger than ${limit}, the most one course text file may hold`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(found.absPath);
  } catch (err) {
    return {
      kind: 'unreadable',
      reason: `it could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  const text = decodeUtf8(bytes);
  if (text === null)
    return { kind: 'unreadable', reason: 'it is not valid UTF-8; save it with UTF-8 encoding' };
  // Most files have no CR at all; the check is cheaper than a replace over the whole text.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return { kind: 'text', text: lf, bytes };
}

/**
 * Resolves a `/`-separated path relative to the package root (it may contain `..`) and says whether it names an
 * existing file that lies inside the package once `..` and symlinks are resolved. `rootDir` must itself be a
 * realpath.
 */
export function resolvePackageFile(rootDir: string, relPath: string): PackageFileResolution {
  const found = locatePackageFile(rootDir, relPath);
  return found.kind === 'inside' ? { kind: 'inside', relPath: found.relPath, absPath: found.absPath } : found;
}

/** A resolution that also carries the size of a file found inside the package. */
type LocatedFile =
  | Exclude<PackageFileResolution, { kind: 'inside' }>
  | (Extract<PackageFileResolution, { kind: 'inside' }> & { size: number });

/** resolvePackageFile with the file's size, from the same stat, so reading a file does not stat it twice. */
function locatePackageFile(rootDir: string, relPath: string): LocatedFile {
  const normalized = path.posix.normalize(relPath.replace(/\\/g, '/'));
  if (path.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../')) {
    return { kind: 'outside' };
  }
  const segments = normalized.split('/');
  const plain = plainFile(rootDir, segments);
  if (plain) return { kind: 'inside', relPath: normalized, absPath: plain.absPath, size: plain.size };
  const absPath = path.join(rootDir, ...segments);
  let real: string;
  try {
    real = fs.realpathSync(absPath);
  } catch {
    return { kind: 'missing', relPath: normalized };
  }
  if (!isInside(rootDir, real)) return { kind: 'outside' };
  let stats: fs.Stats;
  try {
    stats = fs.statSync(real);
  } catch {
    return { kind: 'missing', relPath: normalized };
  }
  if (!stats.isFile()) return { kind: 'missing', relPath: normalized };
  return { kind: 'inside', relPath: normalized, absPath: real, size: stats.size };
}

// No drive or stream colon, no backslash (a separator on Windows) and no NUL: each segment is one plain name.
const PLAIN_SEGMENT = /^[^:\\\0]+$/;

/**
 * A regular file reached from `rootDir` (a realpath) through plain names, none of them a symlink: it lies inside the
 * package, its path is its realpath, and one lstat per name settles what realpath and stat would. Null for anything
 * else (a symlink, a missing or odd path), which the caller resolves with realpath.
 */
function plainFile(rootDir: string, segments: readonly string[]): { absPath: string; size: number } | null {
  let at = rootDir.endsWith(path.sep) ? rootDir.slice(0, -1) : rootDir;
  let stats: fs.Stats | undefined;
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !PLAIN_SEGMENT.test(segment)) return null;
    at = `${at}${path.sep}${segment}`; // what path.join gives for a plain name
    try {
      stats = fs.lstatSync(at, { throwIfNoEntry: false });
    } catch {
      return null;
    }
    if (!stats || stats.isSymbolicLink()) return null;
  }
  return stats?.isFile() ? { absPath: at, size: stats.size } : null;
}

// Joined paths by file and target: a course links the same targets again and again, and a module's links are
// decided twice (when the package is checked and when the module is shown). Cleared when full, to stay small.
const joinedPaths = new Map<string, string>();
const MAX_JOINED_PATHS = 4096;

/** Resolves a link target written in `fromFile` to a path relative to the package root. */
export function joinFromFile(fromFile: string, target: string): string {
  const key = `${fromFile.length}:${fromFile}${target}`; // the length keeps keys apart whatever the names hold
  let joined = joinedPaths.get(key);
  if (joined === undefined) {
    // join normalizes the joined path already.
    joined = path.posix.join(path.posix.dirname(fromFile), target);
    if (joinedPaths.size >= MAX_JOINED_PATHS) joinedPaths.clear();
    joinedPaths.set(key, joined);
  }
  return joined;
}

function isInside(rootDir: string, candidate: string): boolean {
  const rel = path.relative(rootDir, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

// Its default drops a leading byte-order mark, as a package text wants.
const UTF8 = new TextDecoder();

/** The text of UTF-8 bytes without a leading byte-order mark; null when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: Buffer): string | null {
  // Validating first and then decoding (simdutf, in TextDecoder) is faster than a fatal TextDecoder or
  // Buffer#toString, and gives the same text.
  return isUtf8(bytes) ? UTF8.decode(bytes) : null;
}

/** sha256 (hex) of a file's bytes: a module's content hash. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads an optional package text file: null when it is absent, or (reported at its line 1) when unreadable. */
export function readPresentText(rootDir: string, file: string, sink: ProblemSink): { text: string } | null {
  const text = readPackageText(rootDir, file);
  if (text.kind === 'text') return text;
  if (text.kind === 'unreadable') sink.error(fileStart(file), `${file} cannot be read: ${text.reason}.`);
  return null;
}
