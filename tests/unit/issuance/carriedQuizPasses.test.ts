import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import { courseId, coreWorld, editCourse, type CoreWorld } from '../support/coreWorld';
import { rightAnswer } from '../attempts/attemptTestSetup';

/*
 * A quiz passed on one version counts on the next while its module is unchanged, carried version by version; it
 * stops counting where the module changed.
 */

async function passModuleQuiz(world: CoreWorld, learner: Session, moduleId: string): Promise<void> {
  await world.ok('modules.read', { courseId, moduleId }, learner);
  const view = await world.ok('attempts.start', { kind: 'module', courseId, moduleId }, learner);
  const module = world.course.modules.find((candidate) => candidate.id === moduleId);
  for (const question of module?.questions ?? []) {
    const answer = rightAnswer(question);
    await world.ok(
      'attempts.answer',
      { attemptId: view.attemptId, questionId: question.id, answer },
      learner,
    );
  }
  expect((await world.ok('attempts.submit', { attemptId: view.attemptId }, learner)).passed).toBe(true);
}

async function quizzesLeft(world: CoreWorld, learner: Session): Promise<string | undefined> {
  await world.ok('courses.home', { courseId }, learner);
  const status = await world.ok('certificates.status', { courseId }, learner);
  return status.missing.find((step) => step.kind === 'quiz')?.text;
}

describe('quiz passes carried across course versions', () => {
  it('count on unchanged modules, version after version, and not on a changed one', async () => {
    const first = await coreWorld();
    const learner = await first.signUp('Dana');
    await passModuleQuiz(first, learner, 'moments');
    await passModuleQuiz(first, learner, 'technique');
    expect(await quizzesLeft(first, learner)).toBeUndefined();

    const second = await coreWorld({
      dataDir: first.dataDir,
      editCourse: (dir) => editCourse(dir, 'version: 1.0.0', 'version: 1.1.0'),
    });
    expect(await quizzesLeft(second, learner)).toBeUndefined();

    const third = await coreWorld({
      dataDir: first.dataDir,
      editCourse: (dir) => {
        editCourse(dir, 'version: 1.0.0', 'version: 1.2.0');
        editCourse(dir, /\n\n/, '\n\nA sentence added in 1.2.0.\n\n', 'modules/02-technique.md');
      },
    });
    expect(await quizzesLeft(third, learner)).toBe('Pass 1 more module quiz.');
  });
});
