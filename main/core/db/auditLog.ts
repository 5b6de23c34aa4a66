import type { LearnerDb } from './learnerDatabase';

/** One audit entry to write: who did what to which learner's records, with before/after values. */
export interface AuditEntryInput {
  /** The learner whose records changed; null for database-wide events such as backups. */
  readonly learnerId: string | null;
  /** Who acted: `learner:<id>` or `system`. */
  readonly actor: string;
  readonly action: string;
  readonly at: number;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A stored audit entry. */
export interface AuditEntry {
  readonly id: number;
  readonly learnerId: string | null;
  readonly actor: string;
  readonly action: string;
  readonly at: number;
  readonly before: unknown;
  readonly after: unknown;
}

interface AuditRow {
  id: number;
  learner_id: string | null;
  actor: string;
  action: string;
  at: number;
  before_json: string | null;
  after_json: string | null;
}

/** The actor string for a learner acting on their own records. */
export function learnerActor(learnerId: string): string {
  return `learner:${learnerId}`;
}

/** Appends an audit entry. Call inside the same transaction as the change it records. */
export function writeAuditEntry(db: LearnerDb, entry: AuditEntryInput): void {
  db.prepare(
    `INSERT INTO audit_log (learner_id, actor, action, at, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.learnerId,
    entry.actor,
    entry.action,
    entry.at,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

/** The audit entries about one learner, oldest first. */
export function listAuditEntries(db: LearnerDb, learnerId: string): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE learner_id = ? ORDER BY at, id')
    .all(learnerId) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    learnerId: row.learner_id,
    actor: row.actor,
    action: row.action,
    at: row.at,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  }));
}
