import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPostTest } from '../../../main/core/attempts/drawPostTest';
import type { PostTest, Question } from '../../../main/core/course/courseTypes';
import { attemptWorld, editCourseFile, passEveryModuleQuiz, start } from './attemptTestSetup';

/*
 * Every post-test attempt is drawn exactly to its blueprint: each group gives exactly its `draw` items, no item
 * twice, nothing from outside the groups.
 */

function question(id: string, module: string): Question {
  return {
    id,
    type: 'true-false',
    answer: true,
    stem: id,
    explanation: 'x',
    reference: null,
    objective: null,
    objectives: [],
    section: null,
    module,
    extensions: {},
  };
}

/** A bank of items in 1 to 6 groups (modules), a blueprint over some of them, and items in no group. */
const postTestArb: fc.Arbitrary<PostTest> = fc
  .array(
    fc.record({ size: fc.integer({ min: 1, max: 9 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .chain((groups) =>
    fc.record({
      groups: fc.constant(groups),
      strays: fc.integer({ min: 0, max: 4 }),
      shuffle: fc.boolean(),
    }),
  )
  .map(({ groups, strays, shuffle }) => {
    const questions = groups.flatMap((g, gi) =>
      Array.from({ length: g.size }, (_, i) => question(`m${gi}-q${i}`, `m${gi}`)),
    );
    questions.push(...Array.from({ length: strays }, (_, i) => question(`stray-${i}`, 'elsewhere')));
    const blueprintGroups = groups.map((g, gi) => ({
      id: `m${gi}`,
      draw: Math.max(1, Math.round(g.share * g.size)),
      questionIds: questions.filter((q) => q.module === `m${gi}`).map((q) => q.id),
    }));
    return {
      draw: blueprintGroups.reduce((sum, g) => sum + g.draw, 0),
      blueprint: { by: 'module' as const, groups: blueprintGroups },
      shuffleOptions: shuffle,
      maxAttempts: null,
      feedback: 'after_pass' as const,
      questions,
      extensions: {},
    };
  });

function expectExactlyToBlueprint(postTest: PostTest, drawn: readonly { id: string }[]): void {
  const ids = drawn.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBe(postTest.draw);
  for (const group of postTest.blueprint?.groups ?? []) {
    const members = new Set(group.questionIds);
    expect({ group: group.id, drawn: ids.filter((id) => members.has(id)).length }).toEqual({
      group: group.id,
      drawn: group.draw,
    });
  }
}

describe('drawing a post-test by its blueprint', () => {
  it('1,000 attempts on generated blueprints: every one exactly to its blueprint', () => {
    fc.assert(
      fc.property(postTestArb, (postTest) => expectExactlyToBlueprint(postTest, drawPostTest(postTest))),
      { numRuns: 1000 },
    );
  });

  it('200 attempts through the channels on valid-accredited: every one exactly to its blueprint', async () => {
    const world = await attemptWorld([path.resolve('tests/fixtures/courses/valid-accredited')]);
    editCourseFile(world.packages[0] ?? '', 'post-test.yml', 'max_attempts: 3\n', '');
    world.library.refresh();
    const courseId = 'hand-hygiene-accredited';
    await passEveryModuleQuiz(world, world.b, courseId);
    const postTest = world.library.get(courseId).postTest;
    if (!postTest?.blueprint) throw new Error('valid-accredited has a blueprint');
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 200; attempt++) {
      const view = await start(world, world.b, { kind: 'post-test', courseId });
      expectExactlyToBlueprint(postTest, view.questions);
      seen.add(view.questions.map((q) => q.id).join(','));
      await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.b);
    }
    // Drawn at random within the groups, in a random order: 2 x 2 items, 2 orders of the pair (all 8 turn up in
    // 200 attempts but for a chance of about 2e-11).
    expect(seen.size).toBe(8);
  });
});
