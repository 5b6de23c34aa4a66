import { describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { rightAnswer } from '../attempts/attemptTestSetup';
import { courseId, editCourse, coreWorld, type CoreWorld } from '../support/coreWorld';

/*
 * A new course version with one module changed: progress on the unchanged module carries over (read, quiz passed),
 * the changed module is flagged for review and listed, and the records made on the old version stay.
 */
async function readAndPassEveryModule(world: CoreWorld, session: ReturnType<typeof createSession>) {
  const questions = new Map(world.course.modules.flatMap((m) => m.questions).map((q) => [q.id, q]));
  for (const module of world.course.modules) {
    await world.ok('modules.read', { courseId, moduleId: module.id }, session);
    await world.ok('progress.markRead', { courseId, moduleId: module.id }, session);
    const view = await world.ok('attempts.start', { kind: 'module', courseId, moduleId: module.id }, session);
    for (const shown of view.questions) {
      const question = questions.get(shown.id);
      if (!question) throw new Error(`unknown question ${shown.id}`);
      await world.ok(
        'attempts.answer',
        { attemptId: view.attemptId, questionId: shown.id, answer: rightAnswer(question) },
        session,
      );
    }
    expect((await world.ok('attempts.submit', { attemptId: view.attemptId }, session)).passed).toBe(true);
  }
}

describe('course updates', () => {
  it('carries progress on unchanged modules and flags changed ones for review', async () => {
    const first = await coreWorld();
    const learner = await first.signUp('Avery');
    await readAndPassEveryModule(first, learner);
    const learnerId = learner.learnerId ?? '';
    first.core.close();

    const second = await coreWorld({
      dataDir: first.dataDir,
      editCourse: (dir) => {
        editCourse(dir, 'version: 1.0.0', 'version: 1.1.0');
        editCourse(
          dir,
          'Dry your hands well afterwards',
          'Dry your hands fully afterwards',
          'modules/02-technique.md',
        );
      },
    });
    const session = createSession();
    await second.ok('profiles.signIn', { learnerId }, session);
    const home = await second.ok('courses.home', { courseId }, session);
    expect(home.version).toBe('1.1.0');
    const [moments, technique] = home.modules;
    expect(moments).toMatchObject({ id: 'moments', readToEnd: true, quizPassed: true, needsReview: false });
    expect(technique).toMatchObject({
      id: 'technique',
      readToEnd: false,
      quizPassed: false,
      needsReview: true,
    });
    expect(home.changedModules).toEqual(['Technique']);
    expect(home.remaining).toContainEqual({ kind: 'read', text: 'Read 1 more module to the end.' });
    expect(home.remaining).toContainEqual({ kind: 'quiz', text: 'Pass 1 more module quiz.' });

    const locked = await second.fail('attempts.start', { kind: 'post-test', courseId }, session);
    expect(locked.message).toBe('Pass every module quiz before the post-test: still to pass: Technique.');

    const again = await second.ok('courses.home', { courseId }, session);
    expect(again.modules).toEqual(home.modules);
    expect(second.errors).toEqual([]);
  });
});
