/**
 * The rules every path in an imported package must follow, whether it comes from a zip entry or from a folder
 * chosen in the browser. They are checked before anything is written, so no name can reach outside the staging
 * folder or mean different things on Windows, macOS and Linux.
 */
import { hasControlCharacter, quoted } from './importProblem';

export type EntryPathCheck =
  | {
      ok: true;
      /** Normalised: `/`-separated segments, without `.`, empty segments or a trailing slash. */
      path: string;
      /** The name ended with `/` (a zip folder entry). */
      folder: boolean;
    }
  | { ok: false; message: string };

const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_SEGMENT_BYTES = 255;
const MAX_PATH_CHARACTERS = 1024;

/** Checks one entry name and normalises it. The message names the entry and says what is wrong. */
export function checkEntryPath(name: string): EntryPathCheck {
  const q = quoted(name);
  if (name === '') return { ok: false, message: 'An entry has an empty name.' };
  if (hasControlCharacter(name)) {
    return {
      ok: false,
      message: `${q} contains a control character (such as NUL or a line break); no course file name needs one.`,
    };
  }
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) {
    return {
      ok: false,
      message: `${q} is an absolute path; every file of a course package must lie inside the package folder.`,
    };
  }
  if (name.includes('\\')) {
    return {
      ok: false,
      message: `${q} contains a backslash; paths in a course package must use "/" between folders.`,
    };
  }
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    return {
      ok: false,
      message: `${q} contains "..", which could place a file outside the package folder.`,
    };
  }
  const problem = segments.map((segment) => checkSegment(segment, q)).find((m) => m !== null);
  if (problem) return { ok: false, message: problem };
  const path = segments.join('/');
  if (path.length > MAX_PATH_CHARACTERS) {
    return { ok: false, message: `${q} is longer than ${MAX_PATH_CHARACTERS} characters.` };
  }
  const folder = name.endsWith('/');
  if (path === '' && !folder) return { ok: false, message: `${q} does not name a file.` };
  return { ok: true, path, folder };
}

function checkSegment(segment: string, q: string): string | null {
  if (WINDOWS_FORBIDDEN.test(segment)) {
    return `${q} contains a character that Windows does not allow in file names (< > : " | ? *).`;
  }
  if (/[. ]$/.test(segment)) {
    return `${q} has a name ending in a dot or a space, which Windows cannot store.`;
  }
  if (WINDOWS_DEVICE.test(segment)) {
    return `${q} uses a name that Windows reserves for devices (CON, PRN, AUX, NUL, COM1-9, LPT1-9).`;
  }
  if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) {
    return `${q} has a file or folder name longer than ${MAX_SEGMENT_BYTES} bytes.`;
  }
  return null;
}

/**
 * Files that operating systems add when a folder is zipped or copied (macOS resource forks and Finder data).
 * They are checked like any entry but never written.
 */
export function isOperatingSystemClutter(path: string): boolean {
  const segments = path.split('/');
  return segments[0] === '__MACOSX' || segments[segments.length - 1] === '.DS_Store';
}

/** The key under which two paths name the same file on a case-insensitive disk (Windows, macOS). */
export function caseFoldKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
