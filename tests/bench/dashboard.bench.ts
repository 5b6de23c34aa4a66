import path from 'node:path';
import { saveAttemptAnswer } from '../../main/core/attempts/saveAttemptAnswer';
import { startAttempt } from '../../main/core/attempts/startAttempt';
import { submitAttempt } from '../../main/core/attempts/submitAttempt';
import type { CoursePackage, Question } from '../../main/core/course/courseTypes';
import { openLearnerDatabase } from '../../main/core/db/openLearnerDatabase';
import type { LearnerDb } from '../../main/core/db/learnerDatabase';
import { createLearnerProfile } from '../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { buildCourseDashboard } from '../../main/core/player/courseDashboard';
import { markModuleOpened, markModuleReadToEnd } from '../../main/core/progress/moduleProgress';
import { insertHeartbeatRow } from '../../main/core/progress/timeOnTask';
import { runBench } from './benchHarness';
import { makeTempFolder } from '../support/tempFolder';

/*
 * The learner dashboard with 100 learners on one workstation, each with a complete history of the bundled course:
 * every module read, five hours of heartbeats, every quiz and the post-test passed. Must stay under 5 ms.
 */
const learners = 100;

function keyOf(question: Question): string[] | boolean {
  if (question.type === 'true-false') return question.answer;
  return question.type === 'single' ? [question.answer] : question.answer;
}

function passAttempt(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  course: CoursePackage,
  moduleId?: string,
) {
  const input = moduleId
    ? { kind: 'module' as const, courseId: course.id, moduleId }
    : { kind: 'post-test' as const, courseId: course.id };
  const { row } = startAttempt(db, library, learnerId, input, Date.now());
  const bank = moduleId
    ? (course.modules.find((m) => m.id === moduleId)?.questions ?? [])
    : (course.postTest?.questions ?? []);
  const presented = db
    .prepare('SELECT question_id FROM attempt_questions WHERE attempt_id = ?')
    .all(row.id) as {
    question_id: string;
  }[];
  for (const { question_id } of presented) {
    const question = bank.find((q) => q.id === question_id);
    if (question) {
      saveAttemptAnswer(
        db,
        library,
        learnerId,
        { attemptId: row.id, questionId: question_id, answer: keyOf(question) },
        Date.now(),
      );
    }
  }
  submitAttempt(db, library, learnerId, row.id, Date.now());
}

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
      passAttempt(db, library, learner.id, course, module.id);
    }
    passAttempt(db, library, learner.id, course);
  }
  db.pragma('synchronous = FULL');
  const someone = ids[Math.floor(learners / 2)] ?? '';
  await runBench([
    {
      name: `dashboard query, ${learners} learners with complete histories`,
      subject: () => buildCourseDashboard(db, someone, course, Date.now(), ''),
      floorName: "bare indexed SELECT of the learner's attempts",
      floor: () => db.prepare('SELECT * FROM attempts WHERE learner_id = ?').all(someone),
      maxMs: 5,
      runs: 21,
    },
  ]);
}

void main();
