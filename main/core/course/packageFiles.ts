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
  const resolved = resolvePackageFile(rootDir, relPath);
  if (resolved.kind === 'missing') return { kind: 'missing' };
  if (resolved.kind === 'outside')
    return { kind: 'unreadable', reason: 'it lies outside the package folder' };
  let bytes: Buffer;
  try {
    if (fs.statSync(resolved.absPath).size > MAX_TEXT_FILE_BYTES) {
      return { kind: 'unreadable', reason: 'it is larger than 5 MB' };
    }
    bytes = fs.readFileSync(resolved.absPath);
  } catch (err) {
    return {
      kind: 'unreadable',
      reason: `it could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  const text = decodeUtf8(bytes);
  if (text === null)
    return { kind: 'unreadable', reason: 'it is not valid UTF-8; save it with UTF-8 encoding' };
  return { kind: 'text', text: text.replace(/\r\n?/g, '\n'), sha256: sha256Hex(bytes) };
}

/**
 * Resolves a `/`-separated path relative to the package root (it may contain `..`) and says whether it names an
 * existing file that lies inside the package once `..` and symlinks are resolved. `rootDir` must itself be a
 * realpath.
 */
export function resolvePackageFile(rootDir: string, relPath: string): PackageFileResolution {
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
  try {
    if (!fs.statSync(real).isFile()) return { kind: 'missing', relPath: normalized };
  } catch {
    return { kind: 'missing', relPath: normalized };
  }
  return { kind: 'inside', relPath: normalized, absPath: real };
}

/** Resolves a link target written in `fromFile` to a path relative to the package root. */
export function joinFromFile(fromFile: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target));
}

function isInside(rootDir: string, candidate: string): boolean {
  const rel = path.relative(rootDir, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
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
