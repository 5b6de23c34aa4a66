import type { LrsStatus } from '../../contract/lrsSchemas';
import type { NamespaceHandlers } from '../app/channelHandlers';
import { requireSignedIn, type Session } from '../app/session';
import type { LearnerDb } from '../db/learnerDatabase';
import { outboxCounts } from './outboxQueue';
import type { RecordSync } from './recordSync';

const off: LrsStatus = {
  state: 'off',
  destination: null,
  waiting: null,
  heldBack: null,
  lastSentAt: null,
  lastError: null,
  nextAttemptAt: null,
};

function status(db: LearnerDb, sync: RecordSync | null, session: Session): LrsStatus {
  if (!sync) return off;
  const report = sync.report();
  const own = session.learnerId === null ? null : outboxCounts(db, session.learnerId);
  return {
    ...report,
    waiting: own?.waiting ?? null,
    heldBack: own?.heldBack ?? null,
    lastSentAt: own?.lastDeliveredAt ?? null,
  };
}

/**
 * Record sync as the screens see it: whether and where learning records are sent (for the new-profile form too,
 * signed out), the signed-in learner's queue, and "Send now". `sync` is null where no LRS is set up.
 */
export function createLrsHandlers(db: LearnerDb, sync: RecordSync | null): NamespaceHandlers<'lrs'> {
  return {
    'lrs.status': (_input, session) => status(db, sync, session),
    'lrs.sendNow': async (_input, session) => {
      requireSignedIn(session);
      await sync?.sendNow();
      return status(db, sync, session);
    },
  };
}
