import { describe, expect, it } from 'vitest';
import {
  listSubmittedAttempts,
  moduleQuizStatuses,
  postTestStatus,
} from '../../../main/core/attempts/attemptSummaries';
import { answerAndSubmit, attemptWorld, editCourseFile, minimalDir, start } from './attemptTestSetup';

const course = 'hand-hygiene';

describe('quiz summaries for the course home and dashboard', () => {
  it('report best score, pass and attempts per module quiz and for the post-test, on one version only', async () => {
    const world = await attemptWorld([minimalDir]);
    const a = world.a.learnerId ?? '';
    expect(moduleQuizStatuses(world.db, a, course, '1.0.0')).toEqual(new Map());
    expect(postTestStatus(world.db, a, course, '1.0.0')).toEqual({
      attemptsUsed: 0,
      bestScore: null,
      passed: false,
    });

    const tick = () => (world.clock.now += 1000);
    const moments1 = await start(world, world.a, { kind: 'module', courseId: course, moduleId: 'moments' });
    tick();
    await answerAndSubmit(world, world.a, moments1, (_id, i) => i === 0); // 0.5, failed
    tick();
    const moments2 = await start(world, world.a, { kind: 'module', courseId: course, moduleId: 'moments' });
    await answerAndSubmit(world, world.a, moments2); // 1, passed
    tick();
    const moments3 = await start(world, world.a, { kind: 'module', courseId: course, moduleId: 'moments' });
    await answerAndSubmit(world, world.a, moments3, () => false); // 0 after a pass: still passed, best 1
    tick();
    const technique = await start(world, world.a, {
      kind: 'module',
      courseId: course,
      moduleId: 'technique',
    });
    await answerAndSubmit(world, world.a, technique);
    tick();
    const post = await start(world, world.a, { kind: 'post-test', courseId: course });
    await answerAndSubmit(world, world.a, post, (_id, i) => i === 0); // 0.5 < 0.75
    // Open attempts and other learners do not count.
    await start(world, world.a, { kind: 'post-test', courseId: course });
    await answerAndSubmit(
      world,
      world.b,
      await start(world, world.b, { kind: 'module', courseId: course, moduleId: 'technique' }),
      () => false,
    );

    expect(moduleQuizStatuses(world.db, a, course, '1.0.0')).toEqual(
      new Map([
        ['moments', { bestScore: 1, passed: true, attemptsUsed: 3 }],
        ['technique', { bestScore: 1, passed: true, attemptsUsed: 1 }],
      ]),
    );
    expect(postTestStatus(world.db, a, course, '1.0.0')).toEqual({
      attemptsUsed: 1,
      bestScore: 0.5,
      passed: false,
    });
    const listed = listSubmittedAttempts(world.db, a, course, '1.0.0');
    expect(listed.map((x) => [x.kind, x.moduleId, x.number, x.score, x.passed])).toEqual([
      ['module', 'moments', 1, 0.5, false],
      ['module', 'moments', 2, 1, true],
      ['module', 'moments', 3, 0, false],
      ['module', 'technique', 1, 1, true],
      ['post-test', null, 1, 0.5, false],
    ]);
    expect(listed.map((x) => x.submittedAt)).toEqual(
      [...listed.map((x) => x.submittedAt)].sort((x, y) => x - y),
    );
    expect(listed[0]?.attemptId).toBe(moments1.attemptId);

    // Another version of the course starts with a clean slate.
    editCourseFile(world.packages[0] ?? '', 'course.yml', 'version: 1.0.0', 'version: 2.0.0');
    world.library.refresh();
    expect(moduleQuizStatuses(world.db, a, course, '2.0.0').size).toBe(0);
    expect(listSubmittedAttempts(world.db, a, course, '2.0.0')).toEqual([]);
    await expect(start(world, world.a, { kind: 'post-test', courseId: course })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
