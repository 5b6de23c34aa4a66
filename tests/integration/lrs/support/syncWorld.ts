import path from 'node:path';
import { expect } from 'vitest';
import type { LrsSettings } from '../../../../main/core/config/lrsConfigSchema';
import { openSqlite } from '../../../../main/core/db/sqliteDatabase';
import { sameStatement } from '../../../../main/core/lrs/statementResolution';
import type { Session } from '../../../../main/core/app/session';
import {
  certifiedProfile,
  completeCourse,
  courseId,
  coreWorld,
  takePostTest,
  type CoreWorld,
} from '../../../unit/support/coreWorld';
import type { StoredStatement, TestLrs } from '../../../support/lrs/testLrs';

/*
 * A workstation for the record-sync suites: a real core (createCore, a temp data folder, the fixture course) whose
 * settings name an LRS, and what the tests ask of its outbox and of the LRS.
 */

/** LRS settings for a test: small batches and short waits, so faults show within seconds. */
export function lrsSettings(endpoint: string, overrides: Partial<LrsSettings> = {}): LrsSettings {
  return {
    endpoint,
    key: 'ce-player-workstation',
    secret: 'TEST-SECRET-3117-never-logged',
    enabled: true,
    batchSize: 5,
    intervalSeconds: 5,
    timeoutSeconds: 5,
    ...overrides,
  };
}

/** A workstation whose learning records go to `endpoint`; its worker is started. */
export async function syncWorld(endpoint: string, overrides: Partial<LrsSettings> = {}) {
  const world = await coreWorld({ lrs: lrsSettings(endpoint, overrides) });
  world.core.startRecordSync();
  return world;
}

export interface OutboxRow {
  statement_id: string;
  learner_id: string;
  verb: string;
  statement: string;
  delivered_at: number | null;
  held_back: string | null;
}

/** The workstation's outbox, read through a second connection as another program would. */
export function outboxRows(dataDir: string): OutboxRow[] {
  const db = openSqlite(path.join(dataDir, 'ce-player.sqlite'), { fileMustExist: true, readonly: true });
  try {
    return db.prepare('SELECT * FROM lrs_outbox ORDER BY seq').all() as OutboxRow[];
  } finally {
    db.close();
  }
}

/**
 * A learner who does the whole course (failing the post-test once), is issued a certificate, and then has the name
 * on it corrected: every kind of learning event.
 */
export async function certifiedAndCorrected(world: CoreWorld, name: string): Promise<Session> {
  const learner = await world.signUp(name, certifiedProfile);
  await completeCourse(world, learner, 'post-test');
  await takePostTest(world, learner, true);
  const issued = await world.ok('certificates.issue', { courseId }, learner);
  await world.ok(
    'certificates.correctName',
    { certificateId: issued.certificateId, certificateName: `${name} R.` },
    learner,
  );
  return learner;
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The statements the LRS holds from one workstation (its learners' accounts live under its install key). */
export async function heldFrom(lrs: TestLrs, dataDir: string): Promise<StoredStatement[]> {
  const ids = new Set(outboxRows(dataDir).map((row) => row.statement_id));
  return (await lrs.statements()).filter((statement) => ids.has(statement.id));
}

/**
 * Every statement queued on the workstation is in the LRS exactly once, as sent, and delivered in the outbox;
 * nothing else of this workstation is there.
 */
export async function expectAllDeliveredOnce(lrs: TestLrs, dataDir: string): Promise<void> {
  const rows = outboxRows(dataDir);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((row) => row.delivered_at === null)).toEqual([]);
  const held = await heldFrom(lrs, dataDir);
  const counts = new Map<string, number>();
  for (const statement of held) counts.set(statement.id, (counts.get(statement.id) ?? 0) + 1);
  expect(
    [...counts.values()].filter((n) => n !== 1),
    'statements held more than once',
  ).toEqual([]);
  expect(counts.size, 'statements missing from the LRS').toBe(rows.length);
  const byId = new Map(held.map((statement) => [statement.id, statement]));
  for (const row of rows) {
    const sent = JSON.parse(row.statement) as Record<string, unknown>;
    expect(sameStatement(sent, byId.get(row.statement_id)), `${row.verb} ${row.statement_id}`).toBe(true);
  }
}
