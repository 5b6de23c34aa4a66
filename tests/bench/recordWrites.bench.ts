import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { openLearnerDatabase } from '../../main/core/db/openLearnerDatabase';
import { createLearnerProfile } from '../../main/core/learners/learnerProfiles';
import { markModuleOpened } from '../../main/core/progress/moduleProgress';
import { recordHeartbeat } from '../../main/core/progress/timeOnTask';
import { runBench } from './benchHarness';
import { makeTempFolder } from '../support/tempFolder';

/*
 * Recording a heartbeat or a progress event against a bare prepared INSERT committed in its own transaction,
 * on a database file with the same pragmas (WAL, synchronous=FULL). Each run writes a batch of 50 so a median
 * run is long enough to time well; both sides pay the same fsync per commit.
 */
const batch = 50;

async function main(): Promise<void> {
  const dataDir = makeTempFolder('ce-bench-writes-');
  const { db } = await openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false });
  const learner = createLearnerProfile(db, { displayName: 'Bench learner' });

  const bare = new Database(path.join(dataDir, 'floor.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.pragma('foreign_keys = ON');
  bare.exec('CREATE TABLE events (id TEXT PRIMARY KEY, module TEXT NOT NULL, at INTEGER NOT NULL) STRICT');
  const insert = bare.prepare('INSERT INTO events (id, module, at) VALUES (?, ?, ?)');
  const floor = () => {
    for (let i = 0; i < batch; i++) bare.transaction(() => insert.run(randomUUID(), 'm1', Date.now()))();
  };

  let clock = Date.now();
  const ref = { courseId: 'bench', courseVersion: '1.0.0', moduleId: 'm1', contentHash: 'h1' };
  await runBench([
    {
      name: `record ${batch} heartbeats`,
      subject: () => {
        for (let i = 0; i < batch; i++) {
          clock += 15_000;
          recordHeartbeat(db, learner.id, { ...ref, beatId: randomUUID() }, clock);
        }
      },
      floorName: `${batch} bare prepared inserts, one transaction each`,
      floor,
      maxRatio: 2,
      runs: 9,
    },
    {
      name: `record ${batch} progress events (module opened)`,
      subject: () => {
        for (let i = 0; i < batch; i++) markModuleOpened(db, learner.id, ref, (clock += 1000));
      },
      floorName: `${batch} bare prepared inserts, one transaction each`,
      floor,
      maxRatio: 2,
      runs: 9,
    },
  ]);
}

void main();
