import type { z } from 'zod';

/*
 * How a zod issue reads in a message: the place of the bad field as it is written in the JSON, then what is wrong
 * with it, in the schema's own words. The machine settings file, the records file and the contract's inputs all
 * word their problems this way.
 */

/** A value as a message shows it: JSON, cut short. */
export function describeValue(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A field's place in a JSON document, as a reader looks it up: `trustedInstallations[2].key`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map(String)
    .reduce((at, part) => (/^\d+$/.test(part) ? `${at}[${part}]` : at === '' ? part : `${at}.${part}`), '');
}

/**
 * One issue as a sentence naming its field in quotes (`"pinSignOutMinutes" must be at least 1 minute.`), or
 * `whole` (such as "the file") when the issue is about the value as a whole.
 */
export function issueText(issue: Pick<z.core.$ZodIssue, 'path' | 'message'>, whole: string): string {
  return issue.path.length === 0
    ? `${whole} ${issue.message}`
    : `"${issuePath(issue.path)}" ${issue.message}`;
}

/** The first issue of a failed parse: the one a message names, as the checks run in the schema's order. */
export function firstIssue(error: z.ZodError): z.core.$ZodIssue {
  const [issue] = error.issues;
  if (!issue) throw new Error('zod reported a failed parse without an issue');
  return issue;
}
