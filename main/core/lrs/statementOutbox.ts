import type { LearnerDb } from '../db/learnerDatabase';
import { buildXapiStatements, type LearningEvent, type XapiExportSources } from '../records/xapiStatements';

/*
 * The outbox: while record sync is on, every learning event writes its xAPI statements into lrs_outbox in the
 * transaction that records the event, so a statement is queued exactly when its event is committed. The writers of
 * the event tables call queueLearningEvent; it builds the event's statements with the export's own code and adds
 * the ids not yet queued. While sync is off (no outbox enabled on the connection) it does nothing.
 */

/** What the outbox builds statements with: the export's sources, and the clock that stamps the queue. */
export interface OutboxSources extends XapiExportSources {
  now: () => number;
}

const enabledOutboxes = new WeakMap<LearnerDb, OutboxSources>();

/** Turns the outbox on for a connection: from now on its learning events queue statements. */
export function enableStatementOutbox(db: LearnerDb, sources: OutboxSources): void {
  enabledOutboxes.set(db, sources);
}

/** Whether learning events on this connection are queued for the LRS. */
export function isOutboxEnabled(db: LearnerDb): boolean {
  return enabledOutboxes.has(db);
}

/**
 * Queues the statements of one learning event whose rows were just written. Call inside the transaction that wrote
 * them (it throws otherwise), so the statements commit or roll back with the event. A statement already queued,
 * sent or held back keeps its row: the first one written for an event is the one sent.
 */
export function queueLearningEvent(db: LearnerDb, learnerId: string, event: LearningEvent): void {
  const sources = enabledOutboxes.get(db);
  if (!sources) return;
  if (!db.inTransaction) {
    throw new Error('A learning event must be queued inside the transaction that records it.');
  }
  const insert = db.prepare(
    `INSERT INTO lrs_outbox (statement_id, learner_id, verb, statement, queued_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (statement_id) DO NOTHING`,
  );
  const queuedAt = sources.now();
  for (const statement of buildXapiStatements(db, learnerId, sources, event)) {
    insert.run(
      statement.id,
      learnerId,
      statement.verb.display['en-US'] ?? '',
      JSON.stringify(statement),
      queuedAt,
    );
  }
}
