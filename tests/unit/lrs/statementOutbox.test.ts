import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import { openSqlite } from '../../../main/core/db/sqliteDatabase';
import type { XapiStatement } from '../../../main/core/records/xapiStatements';
import {
  certifiedProfile,
  completeCourse,
  courseId,
  coreWorld,
  takePostTest,
  type CoreWorld,
} from '../support/coreWorld';
import { unreachableLrs } from './unreachableLrs';

/*
 * Every learning event writes its xAPI statements into the outbox in the transaction that records it: a statement
 * is in the outbox if and only if its event committed. Each event kind is made once as it should be, and once with
 * a write that fails after the event in the same transaction (a trigger refusing the outbox row, standing in for a
 * full disk); then neither the event nor its statement may be there.
 */

interface OutboxRow {
  statement_id: string;
  learner_id: string;
  verb: string;
  statement: string;
}

/** A second connection to the world's database file, as another program would open it. */
function inspect<T>(world: CoreWorld, read: (db: ReturnType<typeof openSqlite>) => T): T {
  const db = openSqlite(path.join(world.dataDir, 'ce-player.sqlite'), { fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function outbox(world: CoreWorld): OutboxRow[] {
  return inspect(world, (db) => db.prepare('SELECT * FROM lrs_outbox ORDER BY seq').all() as OutboxRow[]);
}

function count(world: CoreWorld, sql: string): number {
  return inspect(world, (db) => db.prepare(sql).pluck().get() as number);
}

/** Makes every insert into `table` fail, runs `act`, and removes the trigger again. */
async function withFailingWrite(world: CoreWorld, table: string, act: () => Promise<void>): Promise<void> {
  inspect(world, (db) =>
    db.exec(
      `CREATE TRIGGER refuse_write BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    ),
  );
  try {
    await act();
  } finally {
    inspect(world, (db) => db.exec('DROP TRIGGER refuse_write'));
  }
}

const moduleId = 'moments';
const course = `urn:ce-player:course:${courseId}:1.0.0`;

interface EventKind {
  name: string;
  /** What the learner has done before the event. */
  before?: (world: CoreWorld, learner: Session) => Promise<void>;
  /** The event, through the channels; `fails` says whether it must fail. */
  act: (world: CoreWorld, learner: Session, fails: boolean) => Promise<void>;
  /** The event's own rows. */
  rows: string;
  /** The verb and activity of a statement the event queues. */
  statement: string;
  /** A table written after the outbox row in the same transaction, whose failure must undo both. */
  laterWrite?: string;
}

/** Runs one channel call that must succeed, or fail (the trigger refused a write). */
async function call(fails: boolean, run: () => Promise<unknown>): Promise<void> {
  if (fails) await expect(run()).rejects.toThrow(/failed/);
  else await run();
}

async function startQuiz(world: CoreWorld, learner: Session) {
  return world.ok('attempts.start', { kind: 'module', courseId, moduleId }, learner);
}

const kinds: EventKind[] = [
  {
    name: 'module opened',
    act: (world, learner, fails) =>
      call(fails, () => world.ok('progress.markOpened', { courseId, moduleId }, learner)),
    rows: 'SELECT count(*) FROM module_progress WHERE opened_at IS NOT NULL',
    statement: `launched ${course}:module:${moduleId}`,
  },
  {
    name: 'module read to the end',
    act: (world, learner, fails) =>
      call(fails, () => world.ok('progress.markRead', { courseId, moduleId }, learner)),
    rows: 'SELECT count(*) FROM module_progress WHERE read_to_end_at IS NOT NULL',
    statement: `completed ${course}:module:${moduleId}`,
  },
  {
    name: 'quiz attempted',
    act: (world, learner, fails) => call(fails, () => startQuiz(world, learner)),
    rows: 'SELECT count(*) FROM attempts',
    statement: `attempted ${course}:module:${moduleId}`,
  },
  {
    name: 'quiz failed, with its score',
    before: async (world, learner) => void (await startQuiz(world, learner)),
    act: async (world, learner, fails) => {
      const [open] = inspectOpenAttempts(world);
      await call(fails, () => world.ok('attempts.submit', { attemptId: open ?? '' }, learner));
    },
    rows: "SELECT count(*) FROM attempts WHERE status = 'submitted'",
    statement: `failed ${course}:module:${moduleId}`,
  },
  {
    name: 'post-test passed, with its score',
    before: (world, learner) => completeCourse(world, learner, 'post-test'),
    act: (world, learner, fails) => call(fails, () => takePostTest(world, learner, true)),
    rows: "SELECT count(*) FROM attempts WHERE kind = 'post-test' AND passed = 1",
    statement: `passed ${course}:post-test`,
  },
  {
    name: 'evaluation submitted',
    act: (world, learner, fails) =>
      call(fails, () =>
        world.ok('evaluation.submit', { courseId, responses: { 'objectives-met': 4, bias: 'No' } }, learner),
      ),
    rows: 'SELECT count(*) FROM evaluation_submissions',
    statement: `submitted ${course}:evaluation`,
  },
  {
    name: 'attestation',
    before: (world, learner) => completeCourse(world, learner, 'attestation'),
    act: (world, learner, fails) =>
      call(fails, () =>
        // 20 minutes against the 10 recorded is more than the course allows unconfirmed (unrecordedTimeRule.ts).
        world.ok(
          'attestation.submit',
          { courseId, claimedHours: 0.25, attestedMinutes: 20, confirmedUnrecordedTime: true },
          learner,
        ),
      ),
    rows: 'SELECT count(*) FROM attestations',
    statement: `confirmed ${course}:attestation`,
  },
  {
    name: 'certificate issued',
    before: (world, learner) => completeCourse(world, learner),
    act: (world, learner, fails) => call(fails, () => world.ok('certificates.issue', { courseId }, learner)),
    rows: 'SELECT count(*) FROM certificates',
    statement: `satisfied ${course}`,
    laterWrite: 'audit_log',
  },
  {
    name: 'certificate superseded by a name correction',
    before: async (world, learner) => {
      await completeCourse(world, learner);
      await world.ok('certificates.issue', { courseId }, learner);
    },
    act: async (world, learner, fails) => {
      const [current] = await world.ok('certificates.list', {}, learner);
      await call(fails, () =>
        world.ok(
          'certificates.correctName',
          { certificateId: current?.certificateId ?? '', certificateName: 'Dana M. Reyes' },
          learner,
        ),
      );
    },
    rows: 'SELECT count(*) FROM certificates WHERE supersedes IS NOT NULL',
    statement: `satisfied ${course}`,
    laterWrite: 'audit_log',
  },
];

function inspectOpenAttempts(world: CoreWorld): string[] {
  return inspect(
    world,
    (db) => db.prepare("SELECT id FROM attempts WHERE status = 'open'").pluck().all() as string[],
  );
}

function summary(row: OutboxRow): string {
  const statement = JSON.parse(row.statement) as XapiStatement;
  return `${row.verb} ${statement.object.id}`;
}

describe('the outbox', () => {
  it.each(kinds)('holds the statements of "$name" exactly when the event committed', async (kind) => {
    const world = await coreWorld({ lrs: unreachableLrs });
    const learner = await world.signUp('Dana', certifiedProfile);
    await kind.before?.(world, learner);
    const rowsBefore = count(world, kind.rows);
    const queuedBefore = outbox(world).length;

    for (const table of ['lrs_outbox', ...(kind.laterWrite ? [kind.laterWrite] : [])]) {
      await withFailingWrite(world, table, () => kind.act(world, learner, true));
      expect(count(world, kind.rows), `the event stood although ${table} refused its write`).toBe(rowsBefore);
      expect(outbox(world), `statements queued although ${table} refused its write`).toHaveLength(
        queuedBefore,
      );
    }

    world.errors.length = 0;
    await kind.act(world, learner, false);
    expect(count(world, kind.rows)).toBe(rowsBefore + 1);
    const added = outbox(world).slice(queuedBefore);
    expect(added.map(summary)).toContain(kind.statement);
    expect(added.every((row) => row.learner_id === learner.learnerId)).toBe(true);
  });

  it('queues each statement once, byte for byte the one the xAPI export gives', async () => {
    const world = await coreWorld({ lrs: unreachableLrs });
    const learner = await world.signUp('Dana', certifiedProfile);
    await completeCourse(world, learner);
    await world.ok('modules.read', { courseId, moduleId }, learner);
    await world.ok('progress.markOpened', { courseId, moduleId }, learner); // a second opening: no new statement
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    await world.ok(
      'certificates.correctName',
      { certificateId: issued.certificateId, certificateName: 'D. Reyes' },
      learner,
    );

    const queued = outbox(world);
    const exported = JSON.parse(
      (await world.ok('records.export', { format: 'xapi' }, learner)).content,
    ) as XapiStatement[];
    expect(queued.map((row) => row.statement_id).sort()).toEqual(exported.map((s) => s.id).sort());
    const byId = new Map(exported.map((statement) => [statement.id, statement]));
    for (const row of queued) expect(JSON.parse(row.statement)).toEqual(byId.get(row.statement_id));
    expect(new Set(queued.map((row) => row.verb))).toEqual(
      new Set(['launched', 'completed', 'attempted', 'passed', 'submitted', 'confirmed', 'satisfied']),
    );
  });

  it('queues nothing on a computer with no LRS', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana', certifiedProfile);
    await completeCourse(world, learner);
    expect(outbox(world)).toEqual([]);
  });
});

describe('a verified records import', () => {
  it('queues the statements of what it adds, in its own transaction', async () => {
    const home = await coreWorld();
    const ana = await home.signUp('Ana', { certificateName: 'Ana Ortiz' });
    await completeCourse(home, ana);
    const { content } = await home.ok('records.export', { format: 'learner-records' }, ana);
    const { installationKey } = await home.ok('records.history', {}, ana);

    const clinic = await coreWorld({
      lrs: unreachableLrs,
      trustedInstallations: [{ name: "Ana's home", key: installationKey }],
    });
    const there = await clinic.signUp('Ana at the clinic');
    await withFailingWrite(clinic, 'lrs_outbox', async () => {
      await expect(clinic.ok('records.import', { content }, there)).rejects.toThrow(/failed/);
    });
    expect(count(clinic, 'SELECT count(*) FROM attempts')).toBe(0);
    expect(count(clinic, 'SELECT count(*) FROM module_progress')).toBe(0);
    expect(outbox(clinic)).toEqual([]);

    await clinic.ok('records.import', { content }, there);
    const verbs = outbox(clinic).map((row) => row.verb);
    expect(new Set(verbs)).toEqual(
      new Set(['launched', 'completed', 'attempted', 'passed', 'submitted', 'confirmed']),
    );
    // Per attempt: attempted and passed; per module: launched and completed; the evaluation; the attestation.
    const modules = clinic.course.modules.length;
    expect(verbs).toHaveLength(count(clinic, 'SELECT count(*) FROM attempts') * 2 + modules * 2 + 2);
    await clinic.ok('records.import', { content }, there);
    expect(outbox(clinic)).toHaveLength(verbs.length);
  });
});
