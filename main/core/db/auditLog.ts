import { isAuditFact, scrubAuditDetails, type AuditFacts } from './auditFacts';
import type { LearnerDb } from './learnerDatabase';

/**
 * One audit entry to write: who did what to which learner's records, when, and its facts (ids and counts, never
 * personal data: auditFacts.ts).
 */
export interface AuditEntryInput {
  /** The learner whose records changed; null for database-wide events such as backups. */
  readonly learnerId: string | null;
  /** Who acted: `learner:<id>` or `system`. */
  readonly actor: string;
  readonly action: string;
  readonly at: number;
  readonly before?: AuditFacts;
  readonly after?: AuditFacts;
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

/**
 * Appends an audit entry. Call inside the same transaction as the change it records. An entry about a learner
 * whose details are not audit facts (free text such as a name or an e-mail) is a bug in the caller and throws, so
 * the change is not made. Database-wide entries (backups, recovery) may name files.
 */
export function writeAuditEntry(db: LearnerDb, entry: AuditEntryInput): void {
  for (const details of entry.learnerId === null ? [] : [entry.before, entry.after]) {
    if (details !== undefined && !isAuditFact(details)) {
      throw new Error(`Audit entry ${entry.action} carries more than ids and counts.`);
    }
  }
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
    before: parsedOrNull(row.before_json),
    after: parsedOrNull(row.after_json),
  }));
}

function parsedOrNull(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

function jsonOrNull(facts: AuditFacts | null): string | null {
  return facts === null ? null : JSON.stringify(facts);
}

/**
 * Rewrites stored entries about learners (every learner's, or one's) to hold only what this version writes:
 * ids, kinds, counts and times. For logs written before that rule, and backups made then. Returns how many
 * entries changed. Run on a connection with secure_delete on, so the old text is overwritten, not left in free
 * space.
 */
export function scrubAuditEntries(db: LearnerDb, learnerId?: string): number {
  const rows = (
    learnerId === undefined
      ? db.prepare('SELECT * FROM audit_log WHERE learner_id IS NOT NULL').all()
      : db.prepare('SELECT * FROM audit_log WHERE learner_id = ?').all(learnerId)
  ) as AuditRow[];
  const update = db.prepare('UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?');
  let changed = 0;
  for (const row of rows) {
    const scrubbed = scrubAuditDetails(
      row.action,
      parsedOrNull(row.before_json),
      parsedOrNull(row.after_json),
    );
    const before = jsonOrNull(scrubbed.before);
    const after = jsonOrNull(scrubbed.after);
    if (before === row.before_json && after === row.after_json) continue;
    update.run(before, after, row.id);
    changed += 1;
  }
  return changed;
}
