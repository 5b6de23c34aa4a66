/*
 * Child process for crashSafety.test.ts, bundled with esbuild and run with plain node. It opens the learner
 * database through the real openLearnerDatabase, then writes forever, printing one line per committed write:
 *   S <beatId>   a single-row write (one heartbeat) has committed
 *   M <group>    a multi-row write (five bookmarks and a note, in one import transaction) has committed
 * The parent kills it with SIGKILL at random moments and checks that every acknowledged write survived.
 */
import { writeSync } from 'node:fs';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import { createLearnerProfile, listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { importLearnerRecords } from '../../../main/core/progress/importLearnerRecords';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';

const groupSize = 5;

function acknowledge(line: string): void {
  writeSync(1, `${line}\n`);
}

function groupFile(group: string, now: number) {
  const bookmarks = Array.from({ length: groupSize }, (_, k) => ({
    courseId: 'crash-course',
    moduleId: group,
    anchorId: `a${k}`,
    label: `bookmark ${k}`,
    courseVersion: '1',
    createdAt: now,
    updatedAt: now,
  }));
  const notes = [
    {
      courseId: 'crash-course',
      moduleId: group,
      courseVersion: '1',
      text: 'note',
      createdAt: now,
      updatedAt: now,
    },
  ];
  return {
    format: 'ce-player.learner-records',
    formatVersion: 1,
    exportedAt: now,
    learner: { displayName: 'Crash Tester', certificateName: 'Crash Tester', credentials: '' },
    moduleProgress: [],
    positions: [],
    notes,
    bookmarks,
    heartbeats: [],
  };
}

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2);
  if (!dataDir || !run) throw new Error('usage: crashWorker <dataDir> <run>');
  const { db } = await openLearnerDatabase(dataDir, { mountTable: '' });
  const learnerId =
    listLearnerProfiles(db)[0]?.id ?? createLearnerProfile(db, { displayName: 'Crash Tester' }).id;
  acknowledge('ready');
  for (let i = 0; ; i += 1) {
    const now = Date.now();
    if (i % 2 === 0) {
      const beatId = `r${run}-b${i}`;
      recordHeartbeat(
        db,
        learnerId,
        { courseId: 'crash-course', courseVersion: '1', moduleId: 'm', beatId },
        now,
      );
      acknowledge(`S ${beatId}`);
    } else {
      const group = `r${run}-g${i}`;
      importLearnerRecords(db, learnerId, groupFile(group, now), now);
      acknowledge(`M ${group}`);
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `crash worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
