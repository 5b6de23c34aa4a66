import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { questionPlainText } from '../../../main/core/course/render/questionText';
import {
  answerAndSubmit,
  attemptWorld,
  editCourseFile,
  ketamineDir,
  minimalDir,
  passEveryModuleQuiz,
  start,
} from './attemptTestSetup';
import type { AttemptWorld } from './attemptTestSetup';

const ket = 'ketamine-therapy';

function storedOptionOrders(world: AttemptWorld, attemptId: string): Record<string, string> {
  const rows = world.db
    .prepare('SELECT question_id, option_order FROM attempt_questions WHERE attempt_id = ?')
    .all(attemptId) as { question_id: string; option_order: string }[];
  return Object.fromEntries(rows.map((row) => [row.question_id, row.option_order]));
}

describe('starting a module quiz', () => {
  it('presents every question of the module and resumes the same open attempt', async () => {
    const world = await attemptWorld([minimalDir]);
    const first = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    expect(first).toMatchObject({
      kind: 'module',
      courseId: 'hand-hygiene',
      courseVersion: '1.0.0',
      moduleId: 'moments',
      title: 'The five moments',
      number: 1,
      status: 'open',
      passMark: 0.8,
      score: null,
      passed: null,
      attemptsUsed: 0,
      maxAttempts: null,
    });
    expect(first.questions.map((q) => q.id)).toEqual(['moments-q1', 'moments-q2']);
    const again = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    expect(again.attemptId).toBe(first.attemptId);
    expect(again.questions).toEqual(first.questions);
    expect(world.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 1 });
  });

  it('shuffles options per attempt with a crypto-random order (at least 2 orders in 20 attempts)', async () => {
    const world = await attemptWorld([ketamineDir]);
    const course = world.library.get(ket);
    const module = course.modules.find((candidate) => candidate.shuffleOptions);
    if (!module) throw new Error('no module shuffles its options');
    const orders = new Map<string, Set<string>>();
    for (let i = 0; i < 20; i += 1) {
      const view = await start(world, world.a, { kind: 'module', courseId: ket, moduleId: module.id });
      for (const question of view.questions) {
        const source = module.questions.find((q) => q.id === question.id);
        if (source?.type === 'true-false' || !source) continue;
        // Always a permutation of the package's options, with their own texts.
        expect(
          question.options.map((o) => ({ id: o.id, text: o.text })).sort((x, y) => x.id.localeCompare(y.id)),
        ).toEqual(
          source.options
            .map((o) => ({ id: o.id, text: questionPlainText(o.text) }))
            .sort((x, y) => x.id.localeCompare(y.id)),
        );
        const seen = orders.get(question.id) ?? new Set<string>();
        seen.add(question.options.map((o) => o.id).join(','));
        orders.set(question.id, seen);
      }
      await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    }
    expect(orders.size).toBeGreaterThan(0);
    for (const [questionId, seen] of orders)
      expect({ questionId, distinct: seen.size > 1 }).toMatchObject({ distinct: true });
  });

  it('keeps the written option order in a module that sets shuffle_options: false', async () => {
    const world = await attemptWorld([path.resolve('tests/fixtures/courses/valid-accredited')]);
    const course = world.library.get('hand-hygiene-accredited');
    const moments = course.modules.find((m) => m.id === 'moments');
    if (!moments || moments.shuffleOptions) throw new Error('moments sets shuffle_options: false');
    const written = moments.questions.map((q) => (q.type === 'true-false' ? [] : q.options.map((o) => o.id)));
    for (let i = 0; i < 10; i += 1) {
      const input = { kind: 'module' as const, courseId: course.id, moduleId: moments.id };
      const view = await start(world, world.a, input);
      expect(view.questions.map((q) => q.options.map((o) => o.id))).toEqual(written);
      await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    }
  });

  it('never shuffles or invents options for true-false questions', async () => {
    const world = await attemptWorld([ketamineDir, minimalDir]);
    const trueFalseModules = world.library
      .get(ket)
      .modules.filter((m) => m.questions.some((q) => q.type === 'true-false'));
    expect(trueFalseModules.length).toBeGreaterThan(0);
    for (const module of trueFalseModules) {
      for (let i = 0; i < 5; i += 1) {
        const view = await start(world, world.a, { kind: 'module', courseId: ket, moduleId: module.id });
        const stored = storedOptionOrders(world, view.attemptId);
        for (const question of view.questions.filter((q) => q.type === 'true-false')) {
          expect(question.options).toEqual([]);
          expect(stored[question.id]).toBe('[]');
        }
        await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
      }
    }
  });

  it('refuses an unknown module or course, and a session with nobody signed in', async () => {
    const world = await attemptWorld([minimalDir]);
    await expect(
      start(world, world.a, { kind: 'module', courseId: 'hand-hygiene', moduleId: 'nope' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      start(world, world.a, { kind: 'module', courseId: 'no-such-course', moduleId: 'x' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      start(world, createSession(), { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' }),
    ).rejects.toMatchObject({ code: 'not_signed_in' });
    expect(world.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
  });
});

describe('starting the post-test', () => {
  it('is locked until every module quiz of this version is passed, naming those still to pass', async () => {
    const world = await attemptWorld([minimalDir]);
    await expect(
      start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Pass every module quiz before the post-test: still to pass: The five moments, Technique.',
    });
    const moments = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    await answerAndSubmit(world, world.a, moments);
    // A failed attempt does not count as passed.
    const technique = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'technique',
    });
    await answerAndSubmit(world, world.a, technique, () => false);
    await expect(
      start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Pass every module quiz before the post-test: still to pass: Technique.',
    });
    // Another learner's passes do not unlock it.
    await passEveryModuleQuiz(world, world.b, 'hand-hygiene');
    await expect(
      start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const retake = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'technique',
    });
    await answerAndSubmit(world, world.a, retake);
    const postTest = await start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' });
    expect(postTest).toMatchObject({ kind: 'post-test', moduleId: null, maxAttempts: 3, passMark: 0.75 });
  });

  it('draws `draw` distinct questions from the bank, differently across attempts', async () => {
    const world = await attemptWorld([ketamineDir]);
    await passEveryModuleQuiz(world, world.a, ket);
    const bank = new Set(world.library.get(ket).postTest?.questions.map((q) => q.id));
    expect(bank.size).toBeGreaterThanOrEqual(60);
    const draws: string[][] = [];
    for (let i = 0; i < 3; i += 1) {
      const view = await start(world, world.a, { kind: 'post-test', courseId: ket });
      const ids = view.questions.map((q) => q.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      for (const id of ids) expect(bank.has(id)).toBe(true);
      draws.push(ids);
      await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    }
    // Two random draws of 30 from a bank of 60 or more (in random order) coincide with negligible probability.
    expect(new Set(draws.map((ids) => ids.join(','))).size).toBe(3);
    expect(new Set(draws.map((ids) => [...ids].sort().join(','))).size).toBeGreaterThan(1);
  });

  it('shuffles post-test options only when shuffle_options is on', async () => {
    const world = await attemptWorld([minimalDir]);
    editCourseFile(
      world.packages[0] ?? '',
      'post-test.yml',
      'shuffle_options: true',
      'shuffle_options: false',
    );
    editCourseFile(world.packages[0] ?? '', 'post-test.yml', 'max_attempts: 3', 'max_attempts: 30');
    editCourseFile(world.packages[0] ?? '', 'post-test.yml', 'draw: 2', 'draw: 3');
    world.library.refresh();
    await passEveryModuleQuiz(world, world.a, 'hand-hygiene');
    const source = world.library.get('hand-hygiene').postTest;
    for (let i = 0; i < 12; i += 1) {
      const view = await start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' });
      for (const question of view.questions) {
        const original = source?.questions.find((q) => q.id === question.id);
        const authorOrder =
          original && original.type !== 'true-false' ? original.options.map((o) => o.id) : [];
        expect(question.options.map((o) => o.id)).toEqual(authorOrder);
      }
      await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    }
  });

  it('enforces max_attempts on submitted attempts, resuming an open one meanwhile', async () => {
    const world = await attemptWorld([minimalDir]);
    await passEveryModuleQuiz(world, world.a, 'hand-hygiene');
    for (let i = 1; i <= 3; i += 1) {
      const view = await start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' });
      expect(view).toMatchObject({ number: i, attemptsUsed: i - 1, maxAttempts: 3 });
      expect(view.questions).toHaveLength(2);
      const resumed = await start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' });
      expect(resumed.attemptId).toBe(view.attemptId);
      const done = await answerAndSubmit(world, world.a, view, () => false);
      expect(done.attemptsUsed).toBe(i);
    }
    await expect(
      start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'You have used all 3 attempts at the post-test for "Hand Hygiene Refresher".',
    });
    // Learner B's allowance is their own.
    await passEveryModuleQuiz(world, world.b, 'hand-hygiene');
    expect((await start(world, world.b, { kind: 'post-test', courseId: 'hand-hygiene' })).number).toBe(1);
  });

  it('refuses a course without a post-test', async () => {
    const world = await attemptWorld([minimalDir]);
    const dir = world.packages[0] ?? '';
    editCourseFile(dir, 'course.yml', '  post_test_pass: 0.75\n', '');
    rmSync(path.join(dir, 'post-test.yml'));
    world.library.refresh();
    await passEveryModuleQuiz(world, world.a, 'hand-hygiene');
    await expect(
      start(world, world.a, { kind: 'post-test', courseId: 'hand-hygiene' }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'The course "Hand Hygiene Refresher" has no post-test.',
    });
  });
});
