import { describe, expect, it } from 'vitest';
import {
  exportAttemptRecords,
  importAttemptRecords,
} from '../../../main/core/attempts/attemptRecordsTransfer';
import { getEvaluationSubmission, submitEvaluation } from '../../../main/core/evaluation/evaluationRecords';
import { getAttestation, recordAttestation } from '../../../main/core/attestation/attestationRecords';
import type { AttemptRecords } from '../../../main/core/attempts/attemptRecordsFormat';
import { answerAndSubmit, attemptWorld, minimalDir, recordStudy, start, t0 } from './attemptTestSetup';
import type { AttemptWorld } from './attemptTestSetup';

const moments = { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' } as const;

/** Another computer, where Ana has studied as long as on the first before the attestation arrives. */
async function otherComputer(): Promise<AttemptWorld> {
  const to = await attemptWorld([minimalDir]);
  recordStudy(to.db, to.a.learnerId ?? '', to.library.get('hand-hygiene'), t0, 41);
  return to;
}

async function filledWorld(): Promise<{ world: AttemptWorld; open: string; submitted: string[] }> {
  const world = await attemptWorld([minimalDir]);
  const first = await answerAndSubmit(
    world,
    world.a,
    await start(world, world.a, moments),
    (_id, i) => i === 0,
  );
  world.clock.now += 1000;
  const second = await answerAndSubmit(world, world.a, await start(world, world.a, moments));
  world.clock.now += 1000;
  const open = await start(world, world.a, {
    kind: 'module',
    courseId: 'hand-hygiene',
    moduleId: 'technique',
  });
  await world.handlers['attempts.answer'](
    { attemptId: open.attemptId, questionId: 'technique-q1', answer: ['c'] },
    world.a,
  );
  const course = world.library.get('hand-hygiene');
  // 41 beats record 10 minutes, more than the 9 the course asks for before attesting.
  world.clock.now = recordStudy(world.db, world.a.learnerId ?? '', course, world.clock.now, 41) + 1000;
  submitEvaluation(
    world.db,
    world.a.learnerId ?? '',
    course,
    { 'objectives-met': 4, bias: 'Yes' },
    world.clock.now,
  );
  recordAttestation(
    world.db,
    world.a.learnerId ?? '',
    course,
    { claimedHours: 0.25, attestedMinutes: 20, confirmedUnrecordedTime: true },
    world.clock.now,
  );
  return { world, open: open.attemptId, submitted: [first.attemptId, second.attemptId] };
}

describe('exporting and importing attempt records', () => {
  it('moves attempts, answers, grades, evaluations and attestations to another computer, once', async () => {
    const { world: from, open, submitted } = await filledWorld();
    const data = JSON.parse(JSON.stringify(exportAttemptRecords(from.db, from.a.learnerId ?? '')));
    expect(data.attempts).toHaveLength(3);

    const to = await otherComputer();
    const target = to.a.learnerId ?? '';
    expect(importAttemptRecords(to.db, to.library, target, data)).toEqual({
      attempts: 3,
      evaluations: 1,
      attestations: 1,
      skippedOpenAttempts: 0,
    });
    for (const attemptId of [...submitted, open]) {
      const there = await to.handlers['attempts.get']({ attemptId }, to.a);
      const here = await from.handlers['attempts.get']({ attemptId }, from.a);
      expect(there).toEqual(here);
    }
    const course = to.library.get('hand-hygiene');
    expect(getEvaluationSubmission(to.db, target, course)?.responses).toEqual({
      'objectives-met': 4,
      bias: 'Yes',
    });
    expect(getAttestation(to.db, target, course)).toMatchObject({ claimedHours: 0.25, attestedMinutes: 20 });
    // The imported open attempt is resumed, and its saved answer kept.
    const resumed = await to.handlers['attempts.start'](
      { kind: 'module', courseId: 'hand-hygiene', moduleId: 'technique' },
      to.a,
    );
    expect(resumed.attemptId).toBe(open);

    // Importing the same data again adds nothing.
    const before = to.db.prepare('SELECT * FROM attempts ORDER BY id').all();
    expect(importAttemptRecords(to.db, to.library, target, data)).toEqual({
      attempts: 0,
      evaluations: 0,
      attestations: 0,
      skippedOpenAttempts: 0,
    });
    expect(to.db.prepare('SELECT * FROM attempts ORDER BY id').all()).toEqual(before);
    // The same records cannot also be credited to a second profile here.
    expect(() => importAttemptRecords(to.db, to.library, to.b.learnerId ?? '', data)).toThrow(
      /belong to another profile/,
    );
    expect(
      to.db.prepare('SELECT count(*) AS n FROM attempts WHERE learner_id = ?').get(to.b.learnerId),
    ).toEqual({ n: 0 });
  });

  it('renumbers an attempt whose number is taken here, and skips an open attempt when one is open here', async () => {
    const { world: from } = await filledWorld();
    const data = exportAttemptRecords(from.db, from.a.learnerId ?? '');
    const to = await otherComputer();
    await answerAndSubmit(to, to.a, await start(to, to.a, moments)); // local moments attempt number 1
    const localOpenMoments = await start(to, to.a, moments); // open here while submitted ones arrive
    const localOpen = await start(to, to.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'technique',
    });
    const summary = importAttemptRecords(to.db, to.library, to.a.learnerId ?? '', data);
    expect(summary).toMatchObject({ attempts: 2, skippedOpenAttempts: 1 });
    const numbers = to.db
      .prepare("SELECT number FROM attempts WHERE module_id = 'moments' ORDER BY number")
      .all()
      .map((row) => (row as { number: number }).number);
    expect(numbers).toEqual([1, 2, 3, 4]);
    expect((await to.handlers['attempts.start'](moments, to.a)).attemptId).toBe(localOpenMoments.attemptId);
    const stillOpen = await to.handlers['attempts.start'](
      { kind: 'module', courseId: 'hand-hygiene', moduleId: 'technique' },
      to.a,
    );
    expect(stillOpen.attemptId).toBe(localOpen.attemptId);
  });

  it('lets an attempt submitted elsewhere replace the open copy imported earlier', async () => {
    const from = await attemptWorld([minimalDir]);
    const view = await start(from, from.a, moments);
    await from.handlers['attempts.answer'](
      { attemptId: view.attemptId, questionId: 'moments-q1', answer: ['a'] },
      from.a,
    );
    const whileOpen = exportAttemptRecords(from.db, from.a.learnerId ?? '');
    await answerAndSubmit(from, from.a, view);
    const afterSubmit = exportAttemptRecords(from.db, from.a.learnerId ?? '');

    const to = await attemptWorld([minimalDir]);
    const learner = to.a.learnerId ?? '';
    expect(importAttemptRecords(to.db, to.library, learner, whileOpen).attempts).toBe(1);
    expect((await to.handlers['attempts.get']({ attemptId: view.attemptId }, to.a)).status).toBe('open');
    expect(importAttemptRecords(to.db, to.library, learner, afterSubmit).attempts).toBe(1);
    const there = await to.handlers['attempts.get']({ attemptId: view.attemptId }, to.a);
    expect(there).toMatchObject({ status: 'submitted', score: 1, passed: true });
    // An older open copy never overwrites the submitted attempt.
    expect(importAttemptRecords(to.db, to.library, learner, whileOpen).attempts).toBe(0);
    expect((await to.handlers['attempts.get']({ attemptId: view.attemptId }, to.a)).status).toBe('submitted');
  });

  it('refuses data that is not attempt records or whose grade does not add up, importing nothing', async () => {
    const { world: from } = await filledWorld();
    const good = exportAttemptRecords(from.db, from.a.learnerId ?? '');
    const to = await attemptWorld([minimalDir]);
    const learner = to.a.learnerId ?? '';
    const tampered = structuredClone(good);
    const first = tampered.attempts[0];
    if (!first) throw new Error('no attempt');
    first.passed = true; // 0.5 against 0.8 cannot have passed
    const badAnswer = structuredClone(good);
    const firstAnswer = badAnswer.attempts[0]?.answers[0];
    if (!firstAnswer) throw new Error('no answer');
    firstAnswer.answer = ['not-an-option'];
    for (const data of [
      null,
      [],
      { format: 'something-else' },
      { ...good, formatVersion: 9 },
      tampered,
      badAnswer,
    ]) {
      expect(() => importAttemptRecords(to.db, to.library, learner, data)).toThrow(
        /not a usable CE Player records file/,
      );
    }
    expect(to.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
  });

  it('holds imported grades to the installed course version, importing nothing from an edited file', async () => {
    const { world: from } = await filledWorld();
    const good = exportAttemptRecords(from.db, from.a.learnerId ?? '');
    const to = await otherComputer();
    const learner = to.a.learnerId ?? '';
    // The first attempt got its first question right and its second wrong: 0.5 against a pass mark of 0.8. Each
    // edit below keeps the file consistent with itself, so only the course can tell.
    const edited = (edit: (attempt: AttemptRecords['attempts'][number]) => void): AttemptRecords => {
      const copy = structuredClone(good);
      const first = copy.attempts[0];
      if (!first || first.questions.length !== 2 || first.score !== 0.5)
        throw new Error('unexpected fixture');
      edit(first);
      return copy;
    };
    const wrongMarkedRight = edited((attempt) => {
      (attempt.questions[1] as { correct: boolean }).correct = true;
      attempt.score = 1;
      attempt.passed = true;
    });
    const lowerPassMark = edited((attempt) => {
      attempt.passMark = 0.5;
      attempt.passed = true;
    });
    const wrongQuestionLeftOut = edited((attempt) => {
      const [kept, dropped] = attempt.questions;
      if (!kept || !dropped) throw new Error('unexpected fixture');
      attempt.questions = [kept];
      attempt.answers = attempt.answers.filter((answer) => answer.questionId !== dropped.questionId);
      attempt.score = 1;
      attempt.passed = true;
    });
    const otherVersion = edited((attempt) => {
      attempt.courseVersion = '9.9.9';
    });
    for (const [data, message] of [
      [wrongMarkedRight, /graded differently from its answers.*Nothing was imported/],
      [lowerPassMark, /pass mark the course does not set/],
      [wrongQuestionLeftOut, /does not match that course version's questions/],
      [otherVersion, /version 9\.9\.9 of the course "hand-hygiene", which is not installed on this computer/],
    ] as const) {
      expect(() => importAttemptRecords(to.db, to.library, learner, data)).toThrow(message);
      // The edited attempt is refused with everything else in the file, evaluations and attestations included.
      expect(to.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
      expect(to.db.prepare('SELECT count(*) AS n FROM evaluation_submissions').get()).toEqual({ n: 0 });
    }
    expect(importAttemptRecords(to.db, to.library, learner, good).attempts).toBe(3);
  });
});
