import { describe, expect, it } from 'vitest';
import { attemptWorld, editCourseFile, minimalDir, start } from './attemptTestSetup';

const moments = { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' } as const;
const gone =
  'This quiz belongs to version 1.0.0 of the course, which is no longer installed; start it again.';

describe('attempts and course versions', () => {
  it('records the version; an attempt whose version is no longer installed is refused plainly', async () => {
    const world = await attemptWorld([minimalDir]);
    const old = await start(world, world.a, moments);
    expect(old.courseVersion).toBe('1.0.0');
    await world.handlers['attempts.answer'](
      { attemptId: old.attemptId, questionId: 'moments-q1', answer: ['a'] },
      world.a,
    );

    editCourseFile(world.packages[0] ?? '', 'course.yml', 'version: 1.0.0', 'version: 1.1.0');
    world.library.refresh();
    const conflict = { code: 'conflict', message: gone };
    await expect(
      (async () => world.handlers['attempts.get']({ attemptId: old.attemptId }, world.a))(),
    ).rejects.toMatchObject(conflict);
    await expect(
      (async () =>
        world.handlers['attempts.answer'](
          { attemptId: old.attemptId, questionId: 'moments-q2', answer: false },
          world.a,
        ))(),
    ).rejects.toMatchObject(conflict);
    await expect(
      (async () => world.handlers['attempts.submit']({ attemptId: old.attemptId }, world.a))(),
    ).rejects.toMatchObject(conflict);

    // Starting the quiz now opens a new attempt on the installed version, numbered afresh.
    const fresh = await start(world, world.a, moments);
    expect(fresh).toMatchObject({ courseVersion: '1.1.0', number: 1, attemptsUsed: 0 });
    expect(fresh.attemptId).not.toBe(old.attemptId);

    // With the old version installed again, the old attempt still works against it, answers intact.
    editCourseFile(world.packages[0] ?? '', 'course.yml', 'version: 1.1.0', 'version: 1.0.0');
    world.library.refresh();
    const back = await world.handlers['attempts.get']({ attemptId: old.attemptId }, world.a);
    expect(back.questions.find((q) => q.id === 'moments-q1')?.answer).toEqual(['a']);
    const graded = await world.handlers['attempts.submit']({ attemptId: old.attemptId }, world.a);
    expect(graded).toMatchObject({ courseVersion: '1.0.0', score: 0.5, status: 'submitted' });
  });

  it('refuses a course removed from the library with the same message', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, moments);
    const { rmSync } = await import('node:fs');
    rmSync(world.packages[0] ?? '', { recursive: true });
    world.library.refresh();
    await expect(
      (async () => world.handlers['attempts.get']({ attemptId: view.attemptId }, world.a))(),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: gone,
    });
  });

  it('refuses to grade against questions changed without a new version number', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, moments);
    editCourseFile(world.packages[0] ?? '', 'modules/01-moments.md', 'id: moments-q2', 'id: moments-q9');
    world.library.refresh();
    await expect(
      (async () => world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a))(),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/no longer matches the installed course/),
    });
    expect(world.db.prepare('SELECT status FROM attempts').get()).toEqual({ status: 'open' });
  });
});
