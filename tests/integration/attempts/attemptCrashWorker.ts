/*
 * Child process for attemptCrash.test.ts, bundled with esbuild and run with plain node. It opens the real learner
 * database, starts (or resumes) a module quiz through the attempt channels, then answers its questions forever,
 * printing one line per saved answer:
 *   ready <attemptId>
 *   A <questionId> <answeredAt> <answer JSON>
 * The parent kills it with SIGKILL at random moments and checks that every acknowledged answer survived.
 */
import { writeSync } from 'node:fs';
import { createAttemptsHandlers } from '../../../main/core/attempts/attemptsChannels';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import { createLearnerProfile, listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';

function acknowledge(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const [dataDir, libraryDir, run] = process.argv.slice(2);
  if (!dataDir || !libraryDir || !run)
    throw new Error('usage: attemptCrashWorker <dataDir> <libraryDir> <run>');
  const { db } = await openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false });
  const learnerId =
    listLearnerProfiles(db)[0]?.id ?? createLearnerProfile(db, { displayName: 'Crash Tester' }).id;
  const library = new CourseLibrary([{ dir: libraryDir, source: 'bundled' }]);
  // The clock doubles as a sequence number, so the parent can tell which write a stored answer came from.
  let clock = Number(run) * 1_000_000;
  const handlers = createAttemptsHandlers({ db, library, now: () => clock });
  const session = { learnerId };
  const view = await handlers['attempts.start'](
    { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' },
    session,
  );
  acknowledge(`ready ${view.attemptId}`);
  for (let i = 0; ; i += 1) {
    clock += 1;
    const question = view.questions[i % view.questions.length];
    if (!question) throw new Error('no question');
    const flip = Math.floor(i / view.questions.length) % 2 === 0;
    const answer = question.type === 'true-false' ? flip : [question.options[flip ? 0 : 1]?.id ?? ''];
    await handlers['attempts.answer'](
      { attemptId: view.attemptId, questionId: question.id, answer },
      session,
    );
    acknowledge(`A ${question.id} ${clock} ${JSON.stringify(answer)}`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `attempt crash worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
