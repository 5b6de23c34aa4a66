import { isDeepStrictEqual } from 'node:util';
import type { LearnerDb } from '../db/learnerDatabase';
import { writeAuditEntry } from '../db/auditLog';
import { getStatement, putStatement, type LrsAnswer, type LrsConnection } from './lrsClient';
import { holdBack, markDelivered, type HoldBackReason, type QueuedStatement } from './outboxQueue';

/*
 * A batch the LRS would not take whole (409 or 400): each statement is sent again on its own, by id, to learn which
 * ones it holds already, which it holds differently and which it refuses. One it holds with the same content is
 * delivered; the others are held back for IT, with an audit entry per learner of ids, verbs and counts.
 */

/** True when the statement the LRS holds is the one sent: every field sent is there, equal (times as instants). */
export function sameStatement(sent: Record<string, unknown>, held: unknown): boolean {
  if (typeof held !== 'object' || held === null) return false;
  const theirs = held as Record<string, unknown>;
  return Object.entries(sent).every(([field, value]) =>
    field === 'timestamp'
      ? typeof value === 'string' &&
        typeof theirs[field] === 'string' &&
        Date.parse(value) === Date.parse(theirs[field])
      : isDeepStrictEqual(value, theirs[field]),
  );
}

/** How sending a batch one by one ended. */
export type Resolution =
  | { readonly kind: 'resolved'; readonly heldBack: Record<HoldBackReason, number> }
  | { readonly kind: 'interrupted'; readonly answer: LrsAnswer };

type Outcome = 'delivered' | HoldBackReason | LrsAnswer;

// One statement by id. On a 409, what the LRS holds under the id decides between delivered and held back.
async function sendAlone(connection: LrsConnection, item: QueuedStatement): Promise<Outcome> {
  const answer = await putStatement(connection, item.statementId, item.json);
  if (answer.kind === 'stored') return 'delivered';
  if (answer.kind === 'refused') return 'refused';
  if (answer.kind !== 'conflict') return answer;
  const held = await getStatement(connection, item.statementId);
  if (held.kind !== 'found') return held.kind === 'stored' ? { kind: 'misdirected', status: 200 } : held;
  return sameStatement(JSON.parse(item.json) as Record<string, unknown>, held.statement)
    ? 'delivered'
    : 'conflict';
}

function recordHeldBack(
  db: LearnerDb,
  held: readonly QueuedStatement[],
  reason: HoldBackReason,
  at: number,
): void {
  const byLearner = new Map<string, QueuedStatement[]>();
  for (const item of held) byLearner.set(item.learnerId, [...(byLearner.get(item.learnerId) ?? []), item]);
  db.transaction(() => {
    for (const [learnerId, items] of byLearner) {
      for (const item of items) holdBack(db, item.statementId, reason);
      writeAuditEntry(db, {
        learnerId,
        actor: 'system',
        action: 'lrs.statements_held_back',
        at,
        after: {
          reason,
          count: items.length,
          statementIds: items.map((item) => item.statementId),
          verbs: items.map((item) => item.verb),
        },
      });
    }
  }).immediate();
}

/**
 * Sends each statement of the batch by id. Returns how many were held back, or the answer that interrupted it (no
 * connection, 401…, or the app closing), leaving the rest waiting.
 */
export async function resolveOneByOne(
  db: LearnerDb,
  connection: LrsConnection,
  batch: readonly QueuedStatement[],
  now: () => number,
): Promise<Resolution> {
  const held: Record<HoldBackReason, QueuedStatement[]> = { conflict: [], refused: [] };
  const finish = () => {
    for (const reason of ['conflict', 'refused'] as const) {
      if (held[reason].length > 0) recordHeldBack(db, held[reason], reason, now());
    }
  };
  for (const item of batch) {
    const outcome = await sendAlone(connection, item);
    if (outcome === 'delivered') markDelivered(db, [item.statementId], now());
    else if (typeof outcome === 'string') held[outcome].push(item);
    else {
      finish();
      return { kind: 'interrupted', answer: outcome };
    }
  }
  finish();
  return { kind: 'resolved', heldBack: { conflict: held.conflict.length, refused: held.refused.length } };
}
