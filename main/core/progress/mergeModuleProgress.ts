import type { ModuleProgressRow } from './moduleProgress';

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * Combines two records of the same learner, course version and module (import, carry-over).
 * Same content: keep the earliest "first" times and the latest "last opened"; the more recently updated
 * record decides the review flag. Different content: the more recently updated record wins whole
 * (on a tie, the existing one). Merging a record with itself changes nothing, which makes imports idempotent.
 */
export function mergeModuleProgress(
  existing: ModuleProgressRow | undefined,
  incoming: ModuleProgressRow,
): ModuleProgressRow {
  if (!existing) return incoming;
  const newer = incoming.updated_at > existing.updated_at ? incoming : existing;
  if (existing.content_hash !== incoming.content_hash) return newer;
  return {
    ...existing,
    opened_at: earliest(existing.opened_at, incoming.opened_at),
    last_opened_at: latest(existing.last_opened_at, incoming.last_opened_at),
    read_to_end_at: earliest(existing.read_to_end_at, incoming.read_to_end_at),
    completed_at: earliest(existing.completed_at, incoming.completed_at),
    needs_review: newer.needs_review,
    carried_from_version: existing.carried_from_version ?? incoming.carried_from_version,
    updated_at: Math.max(existing.updated_at, incoming.updated_at),
  };
}

/** True when two rows hold the same values. */
export function sameProgressRow(a: ModuleProgressRow | undefined, b: ModuleProgressRow): boolean {
  if (!a) return false;
  return (Object.keys(b) as (keyof ModuleProgressRow)[]).every((key) => a[key] === b[key]);
}
