import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deleteLearnerProfile } from '../../../main/core/learners/deleteLearnerProfile';
import { attemptWorld, minimalDir, start } from './attemptTestSetup';

const moments = { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' } as const;

describe("one learner's attempts are theirs alone", () => {
  it("learner B can neither get, answer nor submit learner A's attempt; it reads like a missing one", async () => {
    const world = await attemptWorld([minimalDir]);
    const mine = await start(world, world.a, moments);
    await world.handlers['attempts.answer'](
      { attemptId: mine.attemptId, questionId: 'moments-q1', answer: ['b'] },
      world.a,
    );
    const before = world.db.prepare('SELECT * FROM attempts').all();
    const answersBefore = world.db.prepare('SELECT * FROM attempt_answers').all();

    const missing = { code: 'not_found', message: 'That quiz attempt was not found.' };
    for (const attemptId of [mine.attemptId, randomUUID()]) {
      await expect(
        (async () => world.handlers['attempts.get']({ attemptId }, world.b))(),
      ).rejects.toMatchObject(missing);
      await expect(
        (async () =>
          world.handlers['attempts.answer'](
            { attemptId, questionId: 'moments-q1', answer: ['a'] },
            world.b,
          ))(),
      ).rejects.toMatchObject(missing);
      await expect(
        (async () => world.handlers['attempts.submit']({ attemptId }, world.b))(),
      ).rejects.toMatchObject(missing);
    }
    expect(world.db.prepare('SELECT * FROM attempts').all()).toEqual(before);
    expect(world.db.prepare('SELECT * FROM attempt_answers').all()).toEqual(answersBefore);

    // B starting the same quiz gets an attempt of their own, numbered from 1, without A's answers.
    const theirs = await start(world, world.b, moments);
    expect(theirs.attemptId).not.toBe(mine.attemptId);
    expect(theirs.number).toBe(1);
    expect(theirs.questions.every((q) => q.answer === null)).toBe(true);
    // A still sees their own attempt, answer intact and open.
    const again = await world.handlers['attempts.get']({ attemptId: mine.attemptId }, world.a);
    expect(again.status).toBe('open');
    expect(again.questions.find((q) => q.id === 'moments-q1')?.answer).toEqual(['b']);
  });

  it("deleting a profile removes its attempts, questions and answers, and nobody else's", async () => {
    const world = await attemptWorld([minimalDir]);
    const mine = await start(world, world.a, moments);
    await world.handlers['attempts.answer'](
      { attemptId: mine.attemptId, questionId: 'moments-q2', answer: false },
      world.a,
    );
    const theirs = await start(world, world.b, moments);
    await world.handlers['attempts.answer'](
      { attemptId: theirs.attemptId, questionId: 'moments-q2', answer: true },
      world.b,
    );
    deleteLearnerProfile(world.db, world.a.learnerId ?? '', { confirmName: 'Ana' }, world.clock.now);
    expect(world.db.prepare('SELECT id FROM attempts').all()).toEqual([{ id: theirs.attemptId }]);
    expect(world.db.prepare('SELECT DISTINCT attempt_id FROM attempt_questions').all()).toEqual([
      { attempt_id: theirs.attemptId },
    ]);
    expect(world.db.prepare('SELECT attempt_id, answer FROM attempt_answers').all()).toEqual([
      { attempt_id: theirs.attemptId, answer: 'true' },
    ]);
  });
});
