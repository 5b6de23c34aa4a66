import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LrsSettings } from '../../main/core/config/lrsConfigSchema';
import { lrsLimits } from '../../main/core/config/lrsConfigSchema';
import { loadOrCreateSigningKey } from '../../main/core/certificates/signingKeyStore';
import type { LearnerDb } from '../../main/core/db/learnerDatabase';
import { openLearnerDatabase } from '../../main/core/db/openLearnerDatabase';
import { createLearnerProfile } from '../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { RecordSync } from '../../main/core/lrs/recordSync';
import { enableStatementOutbox } from '../../main/core/lrs/statementOutbox';
import { markModuleOpened, markModuleReadToEnd } from '../../main/core/progress/moduleProgress';
import { startTestLrs, type TestLrs } from '../support/lrs/testLrs';
import { makeTempFolder } from '../support/tempFolder';
import { measure, printResults } from './benchHarness';
import { passQuiz } from './passQuiz';

/*
 * Record sync at clinic scale: 20 workstations, each with its own data folder and 2,000 learning events queued,
 * send to one LRS (Learning Locker's statement service, tests/lrs) at the same time, in batches of the default
 * size. The floor is the same LRS taking the same 40,000 statements from 20 bare clients POSTing the same batches
 * with fetch and nothing else: what the LRS itself costs. Each run starts a fresh, empty LRS (its in-memory store
 * slows as it fills, alike for both sides) and times only the sending; after each subject run, every statement is
 * read back: each must be there exactly once.
 */
const workstations = 20;
const eventsEach = 2_000;
const batchSize = lrsLimits.batchSize.default;
const quiet = { error: () => undefined, info: () => undefined };
const authorization = `Basic ${Buffer.from('bench:bench').toString('base64')}`;

/** One workstation's learners, each opening, reading and passing the quiz of module after module, 4 events each. */
function recordEvents(db: LearnerDb, library: CourseLibrary, dataDir: string): void {
  const course = library.get('ketamine-therapy');
  enableStatementOutbox(db, {
    installDid: loadOrCreateSigningKey(dataDir, Date.now()).did,
    findCourse: (id, version) => library.findVersion(id, version),
    now: Date.now,
  });
  let steps = eventsEach / 4;
  db.transaction(() => {
    for (let learner = 0; steps > 0; learner += 1) {
      const { id } = createLearnerProfile(db, { displayName: `Learner ${learner}` });
      for (const module of course.modules) {
        if (steps === 0) break;
        const ref = { courseId: course.id, courseVersion: course.version, moduleId: module.id };
        markModuleOpened(db, id, { ...ref, contentHash: module.contentHash }, Date.now());
        markModuleReadToEnd(db, id, { ...ref, contentHash: module.contentHash }, Date.now());
        passQuiz(db, library, id, course, module.id);
        steps -= 1;
      }
    }
  })();
  const queued = db.prepare('SELECT count(*) FROM lrs_outbox').pluck().get();
  if (queued !== eventsEach)
    throw new Error(`expected ${eventsEach} statements queued, found ${String(queued)}`);
}

interface Workstation {
  db: LearnerDb;
  statements: string[];
  ids: string[];
}

async function openWorkstations(): Promise<Workstation[]> {
  const library = new CourseLibrary([{ dir: path.resolve('courses'), source: 'bundled' }]);
  const root = makeTempFolder('ce-bench-lrs-');
  const opened: Workstation[] = [];
  for (let i = 0; i < workstations; i += 1) {
    const dataDir = path.join(root, `workstation-${i}`);
    const { db } = await openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false });
    recordEvents(db, library, dataDir);
    const rows = db.prepare('SELECT statement_id, statement FROM lrs_outbox ORDER BY seq').all() as {
      statement_id: string;
      statement: string;
    }[];
    opened.push({ db, statements: rows.map((r) => r.statement), ids: rows.map((r) => r.statement_id) });
  }
  return opened;
}

let lrs: TestLrs | null = null;

async function freshLrs(): Promise<TestLrs> {
  await lrs?.stop();
  lrs = await startTestLrs();
  return lrs;
}

/** Every statement of every workstation is in the LRS exactly once. */
async function checkArrivedOnce(target: TestLrs, all: readonly Workstation[]): Promise<void> {
  const held = (await target.statements()).map((statement) => statement.id);
  const expected = new Set(all.flatMap((station) => station.ids));
  const distinct = new Set(held);
  if (
    held.length !== expected.size ||
    distinct.size !== held.length ||
    ![...expected].every((id) => distinct.has(id))
  ) {
    throw new Error(
      `The LRS holds ${held.length} statements (${distinct.size} distinct); ${expected.size} were sent.`,
    );
  }
}

/** The workstations' record sync, all at once, from full outboxes to empty. */
async function syncAll(all: readonly Workstation[]): Promise<number> {
  const target = await freshLrs();
  for (const station of all) station.db.prepare('UPDATE lrs_outbox SET delivered_at = NULL').run();
  const settings: LrsSettings = {
    endpoint: target.endpoint,
    key: 'bench',
    secret: 'bench',
    enabled: true,
    batchSize,
    intervalSeconds: lrsLimits.intervalSeconds.default,
    timeoutSeconds: lrsLimits.timeoutSeconds.max,
  };
  const workers = all.map(
    (station) => new RecordSync({ db: station.db, settings, log: quiet, now: Date.now }),
  );
  const start = performance.now();
  const reports = await Promise.all(workers.map((worker) => worker.sendNow()));
  const elapsed = performance.now() - start;
  for (const worker of workers) worker.close();
  const failed = reports.find((report) => report.state !== 'idle');
  if (failed) throw new Error(`A workstation did not finish: ${failed.lastError ?? failed.state}`);
  await checkArrivedOnce(target, all);
  return elapsed;
}

/** The same statements from 20 bare fetch clients: the LRS's own rate for these batches. */
async function barePosts(all: readonly Workstation[]): Promise<number> {
  const target = await freshLrs();
  const url = `${target.endpoint}statements`;
  const headers = {
    Authorization: authorization,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
  const start = performance.now();
  await Promise.all(
    all.map(async (station) => {
      for (let at = 0; at < station.statements.length; at += batchSize) {
        const body = `[${station.statements.slice(at, at + batchSize).join(',')}]`;
        const response = await fetch(url, { method: 'POST', headers, body });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`bare POST answered ${response.status}`);
      }
    }),
  );
  return performance.now() - start;
}

async function main(): Promise<void> {
  const all = await openWorkstations();
  const statements = workstations * eventsEach;
  try {
    const result = await measure({
      name: `${workstations} workstations sync ${eventsEach} statements each`,
      subject: () => syncAll(all),
      floorName: `the same ${statements} statements, bare POSTs from ${workstations} clients`,
      floor: () => barePosts(all),
      selfTimed: true,
      runs: 5,
      maxRatio: 1.5,
    });
    printResults([result]);
    const rate = (ms: number) => Math.round(statements / (ms / 1000));
    console.log(
      `record sync: ${rate(result.subjectMs)} statements/s; bare POSTs: ${rate(result.floorMs)} statements/s; ` +
        `sync runs at ${(result.floorMs / result.subjectMs).toFixed(2)} of the bare rate`,
    );
    process.exitCode = result.withinLimits ? 0 : 1;
  } finally {
    for (const station of all) station.db.close();
    await lrs?.stop();
  }
}

void main();
