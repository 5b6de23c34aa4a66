import type { CourseProblem } from '../course/courseTypes';

const LONGEST_SHOWN = 200;

/**
 * An entry name as it can be shown to a person: control characters written as `\u0000` escapes, and very long
 * names shortened, so a hostile name cannot garble the message that refuses it.
 */
export function displayName(name: string): string {
  const escaped = [...name]
    .map((c) => (isControlCharacter(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c))
    .join('');
  return escaped.length > LONGEST_SHOWN ? `${escaped.slice(0, LONGEST_SHOWN)}…` : escaped;
}

/** C0 and C1 control characters (NUL, line breaks, escape...), which no file name needs. */
export function isControlCharacter(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** True when `text` holds a control character. */
export function hasControlCharacter(text: string): boolean {
  return [...text].some(isControlCharacter);
}

/** A name in quotes for a message. */
export function quoted(name: string): string {
  return `"${displayName(name)}"`;
}

/**
 * An import refusal in the validator's shape, so the library screen shows both alike: `file` is the entry (or the
 * zip file) the problem belongs to; an archive has no lines, so the place is line 1, column 1.
 */
export function importProblem(file: string, message: string): CourseProblem {
  return { severity: 'error', file: displayName(file), line: 1, column: 1, message };
}
