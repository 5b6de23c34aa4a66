import { describe, expect, it } from 'vitest';
import { createAttemptsHandlers } from '../../../main/core/attempts/attemptsChannels';
import { openTestDatabase } from '../db/testDataDir';
import { attemptWorld, minimalDir, start } from './attemptTestSetup';
import type { AttemptWorld } from './attemptTestSetup';

const moments = { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' } as const;
const technique = { kind: 'module', courseId: 'hand-hygiene', moduleId: 'technique' } as const;

async function answer(world: AttemptWorld, attemptId: string, questionId: string, value: boolean | string[]) {
  return world.handlers['attempts.answer']({ attemptId, questionId, answer: value }, world.a);
}

describe('saving answers', () => {
  it('saves each answer at once, so a closed app (no submit) reopens with every answer', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, moments);
    expect(await answer(world, view.attemptId, 'moments-q1', ['b'])).toEqual({ savedAt: world.clock.now });
    world.clock.now += 1000;
    await answer(world, view.attemptId, 'moments-q1', ['a']); // changed mind: replaces, never duplicates
    await answer(world, view.attemptId, 'moments-q2', true);
    world.db.close(); // the app closes mid-quiz, nothing submitted

    const reopened = await openTestDatabase(world.dataDir, { startupBackup: false });
    const handlers = createAttemptsHandlers({
      db: reopened.db,
      library: world.library,
      now: () => world.clock.now,
    });
    const resumed = await handlers['attempts.get']({ attemptId: view.attemptId }, world.a);
    expect(resumed.status).toBe('open');
    expect(resumed.questions.map((q) => [q.id, q.answer])).toEqual([
      ['moments-q1', ['a']],
      ['moments-q2', true],
    ]);
    // Starting the quiz again resumes the same attempt with the same option order and answers.
    const again = await handlers['attempts.start'](moments, world.a);
    expect(again.attemptId).toBe(view.attemptId);
    expect(again.questions).toEqual(resumed.questions);
    expect(reopened.db.prepare('SELECT count(*) AS n FROM attempt_answers').get()).toEqual({ n: 2 });
  });

  it("refuses answers that do not fit the question's type or options", async () => {
    const world = await attemptWorld([minimalDir]);
    const m = await start(world, world.a, moments);
    const t = await start(world, world.a, technique);
    const refusals: [string, string, boolean | string[], RegExp][] = [
      [m.attemptId, 'moments-q1', true, /choosing among its options/],
      [m.attemptId, 'moments-q1', ['a', 'b'], /exactly one option/],
      [m.attemptId, 'moments-q1', [], /exactly one option/],
      [m.attemptId, 'moments-q1', ['z'], /"z" is not one of this question's options/],
      [m.attemptId, 'moments-q2', ['a'], /true or false/],
      [t.attemptId, 'technique-q1', ['a', 'a'], /at most once/],
      [t.attemptId, 'technique-q1', ['a', 'd'], /"d" is not one/],
      [t.attemptId, 'technique-q1', false, /choosing among its options/],
    ];
    for (const [attemptId, questionId, value, message] of refusals) {
      await expect(answer(world, attemptId, questionId, value)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    // A question of another module (or no question at all) is not part of this attempt.
    await expect(answer(world, m.attemptId, 'technique-q1', ['a'])).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(answer(world, m.attemptId, 'post-1', ['a'])).rejects.toMatchObject({ code: 'not_found' });
    expect(world.db.prepare('SELECT count(*) AS n FROM attempt_answers').get()).toEqual({ n: 0 });
    // Valid shapes are accepted: several options, and no option at all for a multiple question.
    await answer(world, t.attemptId, 'technique-q1', ['b', 'a']);
    await answer(world, t.attemptId, 'technique-q1', []);
    expect(
      (await world.handlers['attempts.get']({ attemptId: t.attemptId }, world.a)).questions[0]?.answer,
    ).toEqual([]);
  });
});

describe('submitted attempts', () => {
  it('are final: answering again is a conflict and the stored answers do not change', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, moments);
    await answer(world, view.attemptId, 'moments-q1', ['b']);
    await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    await expect(answer(world, view.attemptId, 'moments-q1', ['a'])).rejects.toMatchObject({
      code: 'conflict',
      message: 'This attempt was already submitted; its answers can no longer change.',
    });
    await expect(answer(world, view.attemptId, 'moments-q2', false)).rejects.toMatchObject({
      code: 'conflict',
    });
    const after = await world.handlers['attempts.get']({ attemptId: view.attemptId }, world.a);
    expect(after.questions.map((q) => q.answer)).toEqual([['b'], null]);
    // The database itself refuses changes to a submitted attempt, whatever code tries.
    expect(() =>
      world.db.prepare('UPDATE attempts SET score = 1, passed = 1 WHERE id = ?').run(view.attemptId),
    ).toThrow(/submitted attempt cannot be changed/);
    expect(() =>
      world.db
        .prepare('UPDATE attempt_answers SET answer = \'["a"]\' WHERE attempt_id = ?')
        .run(view.attemptId),
    ).toThrow(/submitted attempt cannot be changed/);
    expect(() =>
      world.db
        .prepare("INSERT INTO attempt_answers VALUES (?, 'moments-q2', 'false', ?)")
        .run(view.attemptId, world.clock.now + 1),
    ).toThrow(/submitted attempt cannot be changed/);
  });

  it('submitting twice returns the same result without regrading', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, moments);
    await answer(world, view.attemptId, 'moments-q1', ['a']);
    const first = await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    world.clock.now += 3_600_000;
    const second = await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ score: 0.5, passed: false, attemptsUsed: 1 });
    const row = world.db.prepare('SELECT submitted_at FROM attempts WHERE id = ?').get(view.attemptId);
    expect(row).toEqual({ submitted_at: world.clock.now - 3_600_000 });
    // The recorded per-question grade is what the view shows, not a fresh regrade.
    expect(
      world.db.prepare('SELECT question_id, correct FROM attempt_questions ORDER BY position').all(),
    ).toEqual([
      { question_id: 'moments-q1', correct: 1 },
      { question_id: 'moments-q2', correct: 0 },
    ]);
  });
});
