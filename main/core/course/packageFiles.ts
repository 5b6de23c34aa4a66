import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ProblemSink } from './problemSink';
import { fileStart } from './problemSink';

/** Text files larger than this are refused, so a stray data file cannot stall the loader. */
export const MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024;

export type PackageText =
  | { kind: 'text'; text: string; sha256: string }
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
  if (found.size > MAX_TEXT_FILE_BYTES) return { kind: 'unreadable', reason: 'it is larger than 5 MB' };
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
  return { kind: 'text', text: lf, sha256: sha256Hex(bytes) };
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
  const absPath = path.join(rootDir, ...normalized.split('/'));
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

/** Resolves a link target written in `fromFile` to a path relative to the package root. */
export function joinFromFile(fromFile: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target));
}

function isInside(rootDir: string, candidate: string): boolean {
  const rel = path.relative(rootDir, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

// One decoder for every file: a non-streaming decode keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads an optional package text file: null when it is absent, or (reported at its line 1) when unreadable. */
export function readPresentText(
  rootDir: string,
  file: string,
  sink: ProblemSink,
): { text: string; sha256: string } | null {
  const text = readPackageText(rootDir, file);
  if (text.kind === 'text') return text;
  if (text.kind === 'unreadable') sink.error(fileStart(file), `${file} cannot be read: ${text.reason}.`);
  return null;
}
