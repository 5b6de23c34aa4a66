/*
 * What the audit log may say about a learner: ids, kinds of event, counts and times. Never who they are or what
 * they wrote: no name, licence, e-mail or note text, not even as an old value of a correction, so deleting a
 * profile leaves nothing personal behind in the log (issue 21, finding 7).
 */

/** A value an audit entry may carry: a number, a yes/no, nothing, an id, a list of ids, or a group of these. */
export type AuditFact = number | boolean | null | string | readonly string[] | AuditFacts;

/** The details of one audit entry. */
export interface AuditFacts {
  readonly [name: string]: AuditFact;
}

// Ids as the core makes them: UUIDs, course and module ids, versions, verification codes, file and field names.
// Free text (a name, an e-mail, a note) has spaces or an @ and does not pass; this is a net under the rule, which
// each caller keeps by passing only ids.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,99}$/;

/** True when `value` is an audit fact all the way down. */
export function isAuditFact(value: unknown): value is AuditFact {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value === 'string') return idPattern.test(value);
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string' && idPattern.test(item));
  if (typeof value === 'object') return Object.values(value).every(isAuditFact);
  return false;
}

function factsOnly(value: unknown): AuditFacts | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const kept = Object.entries(value).filter(([, fact]) => isAuditFact(fact));
  return kept.length === 0 ? null : (Object.fromEntries(kept) as AuditFacts);
}

function pick(value: unknown, names: readonly string[]): AuditFacts | null {
  if (typeof value !== 'object' || value === null) return null;
  return factsOnly(
    Object.fromEntries(
      names.filter((name) => name in value).map((name) => [name, (value as Record<string, unknown>)[name]]),
    ),
  );
}

/**
 * An audit entry as this version writes it, from one written by an earlier version: the details of the entries
 * that held personal data are cut down to their ids and counts, and any other detail keeps only its facts. Used
 * by the migration that cleans old logs and by erasure, on backups an earlier version made.
 */
export function scrubAuditDetails(
  action: string,
  before: unknown,
  after: unknown,
): { before: AuditFacts | null; after: AuditFacts | null } {
  switch (action) {
    case 'profile.created':
      return { before: null, after: null };
    case 'profile.updated':
      return {
        before: null,
        after: typeof after === 'object' && after !== null ? { fields: Object.keys(after).sort() } : null,
      };
    case 'profile.deleted':
      return { before: pick(before, ['records']), after: null };
    case 'note.replaced_by_import':
      return { before: null, after: pick(after, ['courseId', 'moduleId', 'courseVersion']) };
    case 'certificate.name_corrected':
      return { before: pick(before, ['certificateId']), after: pick(after, ['certificateId']) };
    default:
      return { before: factsOnly(before), after: factsOnly(after) };
  }
}
