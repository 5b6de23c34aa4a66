import type { AppLog } from '../app/appLog';
import type { LrsSettings } from '../config/lrsConfigSchema';
import { writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { lrsConnection, postStatements, type LrsAnswer } from './lrsClient';
import { markDelivered, outboxCounts, waitingStatements } from './outboxQueue';
import { retryDelayMs } from './syncBackoff';
import {
  databaseProblemMessage,
  heldBackMessage,
  misdirectedMessage,
  unauthorizedMessage,
  unavailableMessage,
} from './syncMessages';
import { resolveOneByOne } from './statementResolution';

/*
 * The sync worker: sends the outbox to the LRS, a batch at a time, oldest first, in the core (both shells start it).
 * One request is under way at a time, and nothing a learner does waits for it. A statement is marked delivered only
 * once the LRS said it holds it, so a crash or a lost answer means it is sent again, and the LRS, which keys
 * statements by their deterministic ids, keeps one copy. While the LRS cannot be reached it tries again after
 * growing waits (syncBackoff.ts); on 401/403, a wrong endpoint, or statements it holds differently, it stops and
 * says why, and only a person (Send now, or a restart after IT's fix) starts it again.
 */

/** Where the worker is. `paused`: settings say enabled: false; `stopped`: it needs a person. */
export type SyncState = 'paused' | 'idle' | 'sending' | 'retrying' | 'stopped';

/** The worker's state for the settings screen; never the key or the secret. */
export interface SyncReport {
  readonly state: SyncState;
  /** The LRS's host (and port), to say where records go. */
  readonly destination: string;
  readonly lastError: string | null;
  /** When it tries next (Unix ms); null while sending, stopped or paused. */
  readonly nextAttemptAt: number | null;
}

/** What the worker needs. */
export interface RecordSyncOptions {
  readonly db: LearnerDb;
  readonly settings: LrsSettings;
  readonly log: AppLog;
  readonly now: () => number;
  /** For the backoff's spread; tests pass their own. */
  readonly random?: () => number;
}

/** The record sync worker for one database. */
export class RecordSync {
  private state: SyncState;
  private lastError: string | null = null;
  private failures = 0;
  private nextAttemptAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private readonly closing = new AbortController();
  private readonly connection;
  private readonly destination: string;

  constructor(private readonly options: RecordSyncOptions) {
    this.connection = lrsConnection(options.settings, this.closing.signal);
    this.destination = new URL(options.settings.endpoint).host;
    this.state = options.settings.enabled ? 'idle' : 'paused';
  }

  /** Starts sending: a first round now, then one every interval. Does nothing while paused. */
  start(): void {
    if (this.closing.signal.aborted) return;
    if (this.state === 'paused') {
      this.options.log.info(
        `Record sync is paused (sending is off in the settings): learning records for ${this.destination} are ` +
          'queued, not sent.',
      );
      return;
    }
    this.options.log.info(
      `Record sync: sending learning records to ${this.destination} every ${this.options.settings.intervalSeconds} s.`,
    );
    this.schedule(0);
  }

  /** A person asked: sends now, even after a stop (never statements held back). Resolves when the round ends. */
  async sendNow(): Promise<SyncReport> {
    if (this.state !== 'paused' && !this.closing.signal.aborted) {
      await this.round;
      if (this.state === 'stopped') this.state = 'idle';
      this.schedule(0);
      await this.round;
    }
    return this.report();
  }

  report(): SyncReport {
    return {
      state: this.state,
      destination: this.destination,
      lastError: this.lastError,
      nextAttemptAt: this.state === 'idle' || this.state === 'retrying' ? this.nextAttemptAt : null,
    };
  }

  /** Stops at once: the timer is cleared and a request under way is aborted (its statements stay waiting). */
  close(): void {
    this.closing.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    if (this.closing.signal.aborted) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAttemptAt = this.options.now() + delayMs;
    if (delayMs === 0) return this.begin();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.begin();
    }, delayMs);
    // A waiting worker never keeps the process alive; the shells' servers and windows do.
    this.timer.unref();
  }

  private begin(): void {
    this.round ??= this.sendAll()
      .catch((error: unknown) => {
        if (this.closing.signal.aborted) return;
        // The database could not be read or written (a full disk, say): the statements stay; try again later.
        this.options.log.error('Record sync could not use the learner database.', error);
        this.retryLater(databaseProblemMessage);
      })
      .finally(() => {
        this.round = null;
      });
  }

  private async sendAll(): Promise<void> {
    const { db, settings, now } = this.options;
    const closed = this.closing.signal;
    this.state = 'sending';
    for (;;) {
      const batch = waitingStatements(db, settings.batchSize);
      if (batch.length === 0) return this.succeeded();
      const answer = await postStatements(
        this.connection,
        batch.map((item) => item.json),
      );
      if (closed.aborted) return;
      if (answer.kind === 'stored') {
        markDelivered(
          db,
          batch.map((item) => item.statementId),
          now(),
        );
        continue;
      }
      if (answer.kind !== 'conflict' && answer.kind !== 'refused') return this.failed(answer);
      const resolution = await resolveOneByOne(db, this.connection, batch, now);
      if (closed.aborted) return;
      if (resolution.kind === 'interrupted') return this.failed(resolution.answer);
      const { conflict, refused } = resolution.heldBack;
      if (conflict + refused > 0) {
        return this.stop(heldBackMessage(this.destination, conflict, refused), conflict > 0 ? 409 : 400);
      }
    }
  }

  private succeeded(): void {
    if (this.failures > 0 || this.lastError)
      this.options.log.info(`Record sync: ${this.destination} answers again.`);
    this.failures = 0;
    this.lastError = null;
    this.state = 'idle';
    this.schedule(this.options.settings.intervalSeconds * 1000);
  }

  private failed(answer: LrsAnswer): void {
    if (answer.kind === 'closed') return;
    if (answer.kind === 'unavailable') return this.retryLater(unavailableMessage(this.destination, answer));
    const status = 'status' in answer ? answer.status : 409;
    if (answer.kind === 'unauthorized') this.stop(unauthorizedMessage(this.destination, status), status);
    else this.stop(misdirectedMessage(this.destination, status), status);
  }

  /** Tries again after the backoff's wait, saying why once per run of failures. */
  private retryLater(message: string): void {
    this.failures += 1;
    if (this.failures === 1) this.options.log.info(`Record sync: ${message}`);
    this.lastError = message;
    this.state = 'retrying';
    const interval = this.options.settings.intervalSeconds * 1000;
    this.schedule(retryDelayMs(this.failures, interval, this.options.random));
  }

  /** Stops until a person acts, saying why in the log and the audit log (ids and counts only). */
  private stop(message: string, status: number): void {
    const { db, log, now } = this.options;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.state = 'stopped';
    this.lastError = message;
    this.failures = 0;
    log.info(`Record sync stopped: ${message}`);
    db.transaction(() =>
      writeAuditEntry(db, {
        learnerId: null,
        actor: 'system',
        action: 'lrs.sending_stopped',
        at: now(),
        after: { status, waiting: outboxCounts(db).waiting },
      }),
    ).immediate();
  }
}
