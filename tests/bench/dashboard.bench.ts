import path from 'node:path';
import { openLearnerDatabase } from '../../main/core/db/openLearnerDatabase';
import { createLearnerProfile } from '../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { buildCourseDashboard } from '../../main/core/courses/courseDashboard';
import { markModuleOpened, markModuleReadToEnd } from '../../main/core/progress/moduleProgress';
import { insertHeartbeatRow } from '../../main/core/progress/timeOnTask';
import { passQuiz } from './passQuiz';
import { runBench } from './benchHarness';
import { makeTempFolder } from '../support/tempFolder';

/*
 * The learner dashboard with 100 learners on one workstation, each with a complete history of the bundled course:
 * every module read, five hours of heartbeats, every quiz and the post-test passed. Must stay under 5 ms.
 */
const learners = 100;

async function main(): Promise<void> {
  const dataDir = makeTempFolder('ce-bench-dashboard-');
  const { db } = await openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false });
  const library = new CourseLibrary([{ dir: path.resolve('courses'), source: 'bundled' }]);
  const course = library.get('ketamine-therapy');
  db.pragma('synchronous = OFF'); // seeding only; measured queries run with the app's FULL setting
  const ids: string[] = [];
  for (let n = 0; n < learners; n++) {
    const learner = createLearnerProfile(db, { displayName: `Learner ${n}` });
    ids.push(learner.id);
    let clock = Date.UTC(2026, 10, 1);
    for (const module of course.modules) {
      const ref = {
        courseId: course.id,
        courseVersion: course.version,
        moduleId: module.id,
        contentHash: module.contentHash,
      };
      markModuleOpened(db, learner.id, ref, clock);
      db.transaction(() => {
        for (let beat = 0; beat < 120; beat++) {
          clock += 15_000;
          insertHeartbeatRow(db, learner.id, {
            ...ref,
            beatId: `${module.id}-${beat}`,
            receivedAt: clock,
            creditedMs: 15_000,
          });
        }
      })();
      markModuleReadToEnd(db, learner.id, ref, clock);
      passQuiz(db, library, learner.id, course, module.id);
    }
    passQuiz(db, library, learner.id, course);
  }
  db.pragma('synchronous = FULL');
  const someone = ids[Math.floor(learners / 2)] ?? '';
  await runBench([
    {
      name: `dashboard query, ${learners} learners with complete histories`,
      subject: () => buildCourseDashboard(db, someone, course, Date.now()),
      floorName: "bare indexed SELECT of the learner's attempts",
      floor: () => db.prepare('SELECT * FROM attempts WHERE learner_id = ?').all(someone),
      maxMs: 5,
      runs: 21,
    },
  ]);
}

void main();
