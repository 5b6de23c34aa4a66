/*
 * Time on task: how heartbeats become credited seconds.
 *
 * While the learner is active, the renderer sends a heartbeat about every 15 s naming the module on screen.
 * Only the core's clock (`now`) decides time; the client's `clientSentAt` is stored for diagnosis only.
 * Each accepted beat is measured against the learner's previous accepted live beat (one reference per
 * learner, across all windows, courses and modules, so two open windows cannot double-count):
 *
 *   gap <= 0 s            (same instant, or the clock moved backwards)  -> 0 s
 *   0 s < gap <= 30 s     (normal activity)                               -> the gap
 *   30 s < gap <= 2 min   (a short pause, or a late beat)                 -> 30 s
 *   gap > 2 min           (idle, asleep, or the clock jumped forward)     -> 0 s
 *   first beat ever                                                        -> 0 s
 *
 * The credit goes to the module named in the current beat. Every accepted beat, credited or not, becomes
 * the new reference, so after a clock jump the following beats earn time normally again. A beatId already
 * recorded for the learner (a retry or a replay) is ignored entirely. The credited amount is stored on the
 * beat, and totals are sums of those amounts, so credit is never more than the time that passed on the
 * core's clock between accepted beats.
 */
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { readId, readInstant } from './progressInput';

/** Longest gap credited in full. */
export const fullCreditGapMs = 30_000;
/** Gaps longer than this earn nothing. */
export const idleGapMs = 120_000;

/** Credit for the gap since the previous accepted beat, by the rule above. */
export function creditForGap(gapMs: number | undefined): number {
  if (gapMs === undefined || gapMs <= 0 || gapMs > idleGapMs) return 0;
  return Math.min(gapMs, fullCreditGapMs);
}

/** One heartbeat from the renderer. */
export interface Heartbeat {
  readonly courseId: string;
  readonly courseVersion: string;
  readonly moduleId: string;
  /** Unique per learner (a random id per beat); replays of the same id are ignored. */
  readonly beatId: string;
  /** The renderer's clock in Unix ms, kept for diagnosis only. */
  readonly clientSentAt?: number;
}

/** What happened to a heartbeat. */
export interface HeartbeatResult {
  readonly accepted: boolean;
  readonly creditedMs: number;
  readonly reason: 'credited' | 'first_beat' | 'clock_backwards' | 'idle_gap' | 'duplicate';
}

function reasonFor(gapMs: number | undefined, creditedMs: number): HeartbeatResult['reason'] {
  if (gapMs === undefined) return 'first_beat';
  if (gapMs <= 0) return 'clock_backwards';
  return creditedMs > 0 ? 'credited' : 'idle_gap';
}

/** Stores a heartbeat row as given (also used by import, which must not move the live reference). */
export function insertHeartbeatRow(
  db: LearnerDb,
  learnerId: string,
  beat: Heartbeat & { receivedAt: number; creditedMs: number },
): boolean {
  const result = db
    .prepare(
      `INSERT INTO heartbeats (learner_id, beat_id, course_id, course_version, module_id, received_at,
         client_sent_at, credited_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (learner_id, beat_id) DO NOTHING`,
    )
    .run(
      learnerId,
      beat.beatId,
      beat.courseId,
      beat.courseVersion,
      beat.moduleId,
      beat.receivedAt,
      beat.clientSentAt ?? null,
      beat.creditedMs,
    );
  return result.changes > 0;
}

/**
 * Records a heartbeat for the learner and credits active time to its module by the rule at the top of
 * this file. `now` is the core's clock in Unix ms.
 */
export function recordHeartbeat(
  db: LearnerDb,
  learnerId: string,
  beat: Heartbeat,
  now: number,
): HeartbeatResult {
  const checked: Heartbeat = {
    courseId: readId(beat?.courseId, 'Course id'),
    courseVersion: readId(beat?.courseVersion, 'Course version'),
    moduleId: readId(beat?.moduleId, 'Module id'),
    beatId: readId(beat?.beatId, 'Heartbeat id'),
    clientSentAt:
      typeof beat?.clientSentAt === 'number' && Number.isSafeInteger(beat.clientSentAt)
        ? beat.clientSentAt
        : undefined,
  };
  const receivedAt = readInstant(now, 'The current time');
  return db
    .transaction((): HeartbeatResult => {
      requireLearner(db, learnerId);
      const seen = db
        .prepare('SELECT 1 FROM heartbeats WHERE learner_id = ? AND beat_id = ?')
        .get(learnerId, checked.beatId);
      if (seen) return { accepted: false, creditedMs: 0, reason: 'duplicate' };
      const previous = db
        .prepare('SELECT last_beat_at FROM heartbeat_clock WHERE learner_id = ?')
        .get(learnerId) as { last_beat_at: number } | undefined;
      const gapMs = previous === undefined ? undefined : receivedAt - previous.last_beat_at;
      const creditedMs = creditForGap(gapMs);
      insertHeartbeatRow(db, learnerId, { ...checked, receivedAt, creditedMs });
      db.prepare(
        `INSERT INTO heartbeat_clock (learner_id, last_beat_at) VALUES (?, ?)
         ON CONFLICT (learner_id) DO UPDATE SET last_beat_at = excluded.last_beat_at`,
      ).run(learnerId, receivedAt);
      return { accepted: true, creditedMs, reason: reasonFor(gapMs, creditedMs) };
    })
    .immediate();
}
