import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import {
  completeCourse,
  courseId,
  coreWorld,
  editCourse,
  takePostTest,
  type CoreWorld,
} from '../support/coreWorld';
import {
  beatsAtOneInstant,
  carriedCompletions,
  handMadeRecordsText,
  keyedPostTest,
  type HandMadeParts,
} from './handMadeRecords';

/*
 * issue 21, finding 1: a records file written by hand must never earn a certificate. Each test performs one attack
 * through a real core (createCore on a temp data folder, a real course package, every call through the contract)
 * up to `certificates.issue`, which must refuse.
 */

async function importHandMade(world: CoreWorld, learner: Session, parts: HandMadeParts) {
  const content = handMadeRecordsText(parts, world.clock.now);
  const result = await world.ok('records.import', { content }, learner);
  expect(result).toMatchObject({ verified: false, attempts: 0, heartbeats: 0, attestations: 0 });
}

async function expectNoCertificate(world: CoreWorld, learner: Session, id = courseId) {
  const issued = await world.call('certificates.issue', { courseId: id }, learner);
  expect(issued.ok ? issued.value : null).toBeNull();
  expect(await world.ok('certificates.list', {}, learner)).toEqual([]);
}

function withoutPostTest(courseDir: string): void {
  fs.rmSync(path.join(courseDir, 'post-test.yml'));
  editCourse(courseDir, /\n {2}post_test_pass: 0\.75/, '');
}

describe('a hand-made records file earns nothing', () => {
  it('gives a brand-new profile no certificate for 500 hours on the 5-hour course', async () => {
    const world = await coreWorld({ courseSource: path.resolve('courses/ketamine-therapy') });
    const { course } = world;
    const learner = await world.signUp('Mallory', { certificateName: 'Mallory Forge' });
    const at = world.clock.now;
    const evaluation = course.evaluation;
    if (!evaluation) throw new Error('the bundled course has an evaluation');
    await importHandMade(world, learner, {
      moduleProgress: carriedCompletions(course, at),
      heartbeats: beatsAtOneInstant(course, 400, at),
      attempts: [keyedPostTest(course, 1, at)],
      evaluations: [
        {
          courseId: course.id,
          courseVersion: course.version,
          submittedAt: at,
          responses: Object.fromEntries(
            evaluation.items.map((item) => [item.id, item.type === 'choice' ? item.options[0] : 5]),
          ),
        },
      ],
      attestations: [
        {
          courseId: course.id,
          courseVersion: course.version,
          claimedHours: 500,
          attestedMinutes: 30_000,
          statement: 'I attest that I spent 30000 minutes.',
          attestedAt: at,
        },
      ],
    });
    await expectNoCertificate(world, learner, course.id);
  });

  it('does not take an attestation that claims more than the course credit', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'attestation');
    await importHandMade(world, learner, {
      attestations: [
        {
          courseId,
          courseVersion: '1.0.0',
          claimedHours: 500,
          attestedMinutes: 30_000,
          statement: 'I attest that I spent 30000 minutes.',
          attestedAt: world.clock.now,
        },
      ],
    });
    await expectNoCertificate(world, learner);
  });

  it('does not credit 400 heartbeats received at one instant', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'time');
    await importHandMade(world, learner, {
      heartbeats: beatsAtOneInstant(world.course, 400, world.clock.now - 3_600_000),
    });
    await expectNoCertificate(world, learner);
  });

  it('does not count a "completed, carried over" progress row as a passed quiz', async () => {
    const world = await coreWorld({ editCourse: withoutPostTest });
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'quiz');
    const last = world.course.modules.at(-1)?.id ?? '';
    await importHandMade(world, learner, {
      moduleProgress: carriedCompletions(world.course, world.clock.now + 1, [last]),
    });
    await expectNoCertificate(world, learner);
  });

  it.each([
    ['required items missing', {}],
    ['an item the form does not have', { 'objectives-met': 5, bias: 'Yes', 'made-up': 'x' }],
    ['answers of the wrong type', { 'objectives-met': 'excellent', bias: 'Perhaps' }],
  ])('does not take an evaluation with %s', async (_case, responses) => {
    const world = await coreWorld();
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'evaluation');
    await importHandMade(world, learner, {
      evaluations: [{ courseId, courseVersion: '1.0.0', submittedAt: world.clock.now, responses }],
    });
    await expectNoCertificate(world, learner);
  });

  it('does not take a fourth post-test attempt when the course allows three', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'post-test');
    await takePostTest(world, learner, false);
    await takePostTest(world, learner, false);
    await importHandMade(world, learner, { attempts: [keyedPostTest(world.course, 4, world.clock.now)] });
    await expectNoCertificate(world, learner);
  });

  it('does not take a pass built from the answer key, once a failed attempt no longer shows it', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Mallory');
    await completeCourse(world, learner, 'post-test');
    const [failed] = (await world.ok('courses.dashboard', { courseId }, learner)).attempts.filter(
      (attempt) => attempt.kind === 'post-test',
    );
    // The feedback policy (after_pass) keeps the key out of a failed attempt with retakes left...
    const shown = await world.ok('attempts.get', { attemptId: failed?.attemptId ?? '' }, learner);
    expect(shown.questions.every((question) => question.result?.revealed === false)).toBe(true);
    // ...and a pass built from the key, as someone who read the package files could build it, counts for nothing.
    await importHandMade(world, learner, { attempts: [keyedPostTest(world.course, 2, world.clock.now)] });
    await expectNoCertificate(world, learner);
  });
});
