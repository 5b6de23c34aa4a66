import type { LearnerDb } from '../db/learnerDatabase';

/*
 * The sync worker's side of the outbox: what waits, in the order it was queued; marking statements delivered; and
 * holding back one the LRS will not take, so that it is never sent again by itself.
 */

/** A statement waiting to be sent: its JSON exactly as queued. */
export interface QueuedStatement {
  readonly statementId: string;
  readonly learnerId: string;
  readonly verb: string;
  readonly json: string;
}

/** Why a statement is held back: the LRS holds another with its id, or refuses it as invalid. */
export type HoldBackReason = 'conflict' | 'refused';

/** The oldest `limit` statements waiting to be sent. */
export function waitingStatements(db: LearnerDb, limit: number): QueuedStatement[] {
  return db
    .prepare(
      `SELECT statement_id AS statementId, learner_id AS learnerId, verb, statement AS json FROM lrs_outbox
       WHERE delivered_at IS NULL AND held_back IS NULL ORDER BY seq LIMIT ?`,
    )
    .all(limit) as QueuedStatement[];
}

/** Marks statements the LRS now holds as delivered, in one transaction. */
export function markDelivered(db: LearnerDb, statementIds: readonly string[], at: number): void {
  const mark = db.prepare(
    'UPDATE lrs_outbox SET delivered_at = ? WHERE statement_id = ? AND delivered_at IS NULL AND held_back IS NULL',
  );
  db.transaction(() => {
    for (const id of statementIds) mark.run(at, id);
  }).immediate();
}

/** Sets a statement aside: it stays in the outbox, and is not sent again. Call inside a transaction. */
export function holdBack(db: LearnerDb, statementId: string, reason: HoldBackReason): void {
  db.prepare('UPDATE lrs_outbox SET held_back = ? WHERE statement_id = ? AND delivered_at IS NULL').run(
    reason,
    statementId,
  );
}

/** One learner's share of the outbox (or the whole machine's). */
export interface OutboxCounts {
  readonly waiting: number;
  readonly heldBack: number;
  /** When the LRS last took one of these statements (Unix ms); null when none was delivered yet. */
  readonly lastDeliveredAt: number | null;
}

/** How many of the learner's statements (every learner's, without one) wait, are held back, and the last delivery. */
export function outboxCounts(db: LearnerDb, learnerId?: string): OutboxCounts {
  const row = db
    .prepare(
      `SELECT
         count(*) FILTER (WHERE delivered_at IS NULL AND held_back IS NULL) AS waiting,
         count(*) FILTER (WHERE held_back IS NOT NULL) AS heldBack,
         max(delivered_at) AS lastDeliveredAt
       FROM lrs_outbox ${learnerId === undefined ? '' : 'WHERE learner_id = ?'}`,
    )
    .get(...(learnerId === undefined ? [] : [learnerId])) as OutboxCounts;
  return row;
}
