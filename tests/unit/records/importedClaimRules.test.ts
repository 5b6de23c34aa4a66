import { describe, expect, it } from 'vitest';
import { importAttemptRecords } from '../../../main/core/attempts/attemptRecordsTransfer';
import { passedModuleQuizzes } from '../../../main/core/completion/passedModuleQuizzes';
import { importLearnerRecords } from '../../../main/core/progress/importLearnerRecords';
import { getCourseTime } from '../../../main/core/progress/timeOnTaskTotals';
import {
  answerAndSubmit,
  attemptWorld,
  minimalDir,
  recordStudy,
  start,
  t0,
} from '../attempts/attemptTestSetup';
import {
  beatsAtOneInstant,
  carriedCompletions,
  handMadeAttemptRecords as attemptRecordsFile,
  handMadeLearnerRecords as learnerRecordsFile,
  keyedPostTest,
} from './handMadeRecords';

/*
 * The rules every imported claim passes, as the live channels apply them. These are the functions a verified
 * (signed, trusted) records file goes through; a file that fails them imports nothing.
 */

const attestation = (claimedHours: number, attestedMinutes: number, attestedAt: number) => ({
  courseId: 'hand-hygiene',
  courseVersion: '1.0.0',
  claimedHours,
  attestedMinutes,
  statement: 'I attest.',
  attestedAt,
});

describe('imported time on task is recomputed from the beats', () => {
  it('credits nothing for 400 beats received at one instant', async () => {
    const world = await attemptWorld([minimalDir]);
    const learner = world.a.learnerId ?? '';
    const course = world.library.get('hand-hygiene');
    const summary = importLearnerRecords(
      world.db,
      learner,
      learnerRecordsFile({ heartbeats: beatsAtOneInstant(course, 400, t0) }, t0 + 1000),
      t0 + 2000,
    );
    expect(summary.heartbeats).toBe(400);
    expect(getCourseTime(world.db, learner, 'hand-hygiene')).toBe(0);
  });

  it('credits beats by their real spacing, and never twice for time already credited here', async () => {
    const world = await attemptWorld([minimalDir]);
    const learner = world.a.learnerId ?? '';
    // Here: 41 beats over 10 minutes. The file: 41 beats over the same 10 minutes, 7.5 s later each.
    recordStudy(world.db, learner, world.library.get('hand-hygiene'), t0, 41);
    const elsewhere = Array.from({ length: 41 }, (_, i) => ({
      beatId: `elsewhere-${i}`,
      courseId: 'hand-hygiene',
      courseVersion: '1.0.0',
      moduleId: 'technique',
      receivedAt: t0 + 7_500 + i * 15_000,
      clientSentAt: null,
      creditedMs: 15_000,
    }));
    importLearnerRecords(world.db, learner, learnerRecordsFile({ heartbeats: elsewhere }, t0 + 700_000));
    // 10 minutes passed and 10 minutes of beats were already credited: the other machine's beats add 7.5 s at
    // most (the last one, after the local session ended).
    expect(getCourseTime(world.db, learner, 'hand-hygiene')).toBe(600_000 + 7_500);
  });
});

describe('imported attempts, evaluations and attestations meet the live rules', () => {
  it('refuses a post-test attempt beyond max_attempts', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get('hand-hygiene');
    const attempts = [1, 2, 3, 4].map((number) => keyedPostTest(course, number, t0 + number * 60_000));
    expect(() =>
      importAttemptRecords(
        world.db,
        world.library,
        world.a.learnerId ?? '',
        attemptRecordsFile({ attempts }),
      ),
    ).toThrow(/4 attempts at the post-test .* allows 3/);
    expect(world.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
  });

  it.each([
    ['required items missing', {}, /Please answer "The course met its stated learning objectives\."/],
    ['an unknown item', { 'objectives-met': 5, bias: 'Yes', 'made-up': 'x' }, /no item "made-up"/],
    ['a wrong type', { 'objectives-met': 'excellent', bias: 'Yes' }, /choose a rating from 1 to 5/],
  ])('refuses an evaluation with %s', async (_case, responses, message) => {
    const world = await attemptWorld([minimalDir]);
    const evaluations = [{ courseId: 'hand-hygiene', courseVersion: '1.0.0', submittedAt: t0, responses }];
    expect(() =>
      importAttemptRecords(
        world.db,
        world.library,
        world.a.learnerId ?? '',
        attemptRecordsFile({ evaluations }),
      ),
    ).toThrow(message);
    expect(world.db.prepare('SELECT count(*) AS n FROM evaluation_submissions').get()).toEqual({ n: 0 });
  });

  it('refuses an attestation above the course credit', async () => {
    const world = await attemptWorld([minimalDir]);
    const learner = world.a.learnerId ?? '';
    recordStudy(world.db, learner, world.library.get('hand-hygiene'), t0, 41);
    const file = attemptRecordsFile({ attestations: [attestation(500, 30_000, t0 + 700_000)] });
    expect(() => importAttemptRecords(world.db, world.library, learner, file)).toThrow(
      /at most 0\.25 hours of credit/,
    );
    expect(world.db.prepare('SELECT count(*) AS n FROM attestations').get()).toEqual({ n: 0 });
  });

  it('refuses an attestation made before the course minimum of study was recorded', async () => {
    const world = await attemptWorld([minimalDir]);
    const learner = world.a.learnerId ?? '';
    recordStudy(world.db, learner, world.library.get('hand-hygiene'), t0, 41); // 10 minutes, all before the attestation below
    const early = attemptRecordsFile({ attestations: [attestation(0.25, 20, t0 + 60_000)] });
    expect(() => importAttemptRecords(world.db, world.library, learner, early)).toThrow(
      /attested when 1 minute of study was recorded; the course asks for at least 9 minutes/,
    );
    const later = attemptRecordsFile({ attestations: [attestation(0.25, 20, t0 + 700_000)] });
    expect(importAttemptRecords(world.db, world.library, learner, later).attestations).toBe(1);
  });
});

describe('completion flags never stand in for attempts', () => {
  it('counts a carried-over quiz only when a passed attempt on the earlier version backs it', async () => {
    const world = await attemptWorld([minimalDir]);
    const learner = world.a.learnerId ?? '';
    const course = world.library.get('hand-hygiene');
    importLearnerRecords(
      world.db,
      learner,
      learnerRecordsFile({ moduleProgress: carriedCompletions(course, t0) }, t0),
    );
    expect([...passedModuleQuizzes(world.db, learner, course)]).toEqual([]);
    // Passed live on this version: that module counts, the other still does not.
    const view = await start(world, world.a, { kind: 'module', courseId: course.id, moduleId: 'moments' });
    await answerAndSubmit(world, world.a, view);
    expect([...passedModuleQuizzes(world.db, learner, course)]).toEqual(['moments']);
  });
});
