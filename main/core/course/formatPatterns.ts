import { idPattern } from '../../contract/limits';

const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a valid id. */
export function isValidId(text: string): boolean {
  return text.length <= 100 && idPattern.test(text);
}

/** The id rule in an author's words. */
export function describeIdRule(): string {
  return 'use lowercase letters a-z and digits, with single hyphens between words (like "dosing-basics")';
}

/** True for a semantic version such as 1.0.0 or 2.1.0-beta.1. */
export function isValidSemver(text: string): boolean {
  return SEMVER_PATTERN.test(text);
}

/** True for a plausible BCP 47 tag such as en, en-US or pt-BR. */
export function isValidLanguageTag(text: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(text);
}

/** True for an existing calendar date written YYYY-MM-DD. */
export function isValidDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
