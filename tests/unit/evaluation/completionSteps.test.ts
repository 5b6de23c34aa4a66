import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseId, editCourse, coreWorld, study } from '../support/coreWorld';

describe('the evaluation channels', () => {
  it('shows the form, records one submission, and refuses a different second one', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana');
    expect(await world.ok('evaluation.get', { courseId }, learner)).toEqual({
      title: 'Course evaluation',
      requiredForCertificate: true,
      items: [
        {
          id: 'objectives-met',
          type: 'likert',
          prompt: 'The course met its stated learning objectives.',
          options: [],
          required: true,
        },
        {
          id: 'bias',
          type: 'choice',
          prompt: 'Was the content free of commercial bias?',
          options: ['Yes', 'No'],
          required: true,
        },
        {
          id: 'practice-change',
          type: 'text',
          prompt: 'What will you change in your practice?',
          options: [],
          required: false,
        },
      ],
      submitted: null,
    });
    const missing = await world.fail('evaluation.submit', { courseId, responses: { bias: 'Yes' } }, learner);
    expect(missing).toEqual({
      code: 'invalid_input',
      message: 'Please answer "The course met its stated learning objectives.".',
    });
    const responses = { 'objectives-met': 4, bias: 'No', 'practice-change': 'Rub more often.' };
    const submitted = await world.ok('evaluation.submit', { courseId, responses }, learner);
    expect(submitted).toEqual({ submittedAt: world.clock.now });
    expect((await world.ok('evaluation.get', { courseId }, learner)).submitted).toEqual({
      submittedAt: world.clock.now,
      responses,
    });
    world.clock.now += 1000;
    expect(await world.ok('evaluation.submit', { courseId, responses }, learner)).toEqual(submitted);
    const changed = await world.fail(
      'evaluation.submit',
      { courseId, responses: { ...responses, 'objectives-met': 1 } },
      learner,
    );
    expect(changed.code).toBe('conflict');
    // Another learner sees an empty form.
    const other = await world.signUp('Eli');
    expect((await world.ok('evaluation.get', { courseId }, other)).submitted).toBeNull();
  });

  it('says when a course has no evaluation', async () => {
    const world = await coreWorld({
      editCourse: (dir) => {
        fs.rmSync(path.join(dir, 'evaluation.yml'));
        // Without the evaluation's minutes the estimate would no longer support the designated hours.
        editCourse(
          dir,
          '# Technique\n',
          `# Technique\n\n${'Clean hands save lives. '.repeat(100)}\n`,
          'modules/02-technique.md',
        );
      },
    });
    const learner = await world.signUp('Dana');
    expect(await world.fail('evaluation.get', { courseId }, learner)).toEqual({
      code: 'not_found',
      message: 'The course "Hand Hygiene Refresher" has no evaluation.',
    });
  });
});

describe('the attestation channels', () => {
  it('shows the recorded time and the exact words, and records the claim once', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana');
    await study(world, learner, 41); // 10 minutes
    const before = await world.ok('attestation.get', { courseId }, learner);
    expect(before).toMatchObject({
      maxHours: 0.25,
      recordedMinutes: 10,
      estimatedMinutes: 17.68,
      requiredForCertificate: true,
      suggested: { attestedMinutes: 15, claimedHours: 0.25 },
      attested: null,
    });
    expect(before.statement).toBe(
      'I attest that I spent 15 minutes on "Hand Hygiene Refresher" (version 1.0.0) and claim 0.25 hours of ' +
        'credit, commensurate with the extent of my participation in the activity.',
    );
    const preview = await world.ok(
      'attestation.get',
      { courseId, claimedHours: 0.25, attestedMinutes: 22 },
      learner,
    );
    expect(preview.statement).toContain('I attest that I spent 22 minutes');

    const tooMuch = await world.fail(
      'attestation.submit',
      { courseId, claimedHours: 0.5, attestedMinutes: 40 },
      learner,
    );
    expect(tooMuch).toEqual({
      code: 'invalid_input',
      message: 'This course offers at most 0.25 hours of credit; claim 0.25 or less.',
    });
    // 10 minutes recorded, and the course allows a quarter of its 17.68-minute estimate beyond them unconfirmed.
    expect(before.confirmAboveMinutes).toBe(15);
    const unconfirmed = await world.fail(
      'attestation.submit',
      { courseId, claimedHours: 0.25, attestedMinutes: 22 },
      learner,
    );
    expect(unconfirmed).toEqual({
      code: 'invalid_input',
      message:
        'You attest 22 minutes; CE Player recorded 10 minutes. Confirm that you spent the other 12 minutes on ' +
        'this course away from CE Player, or attest the time you spent.',
    });
    const made = await world.ok(
      'attestation.submit',
      { courseId, claimedHours: 0.25, attestedMinutes: 22, confirmedUnrecordedTime: true },
      learner,
    );
    expect(made).toMatchObject({
      attested: { claimedHours: 0.25, attestedMinutes: 22, attestedAt: world.clock.now },
      statement: preview.statement,
    });
    // Once attested, the recorded words are shown whatever preview is asked for.
    const after = await world.ok(
      'attestation.get',
      { courseId, claimedHours: 0.25, attestedMinutes: 99 },
      learner,
    );
    expect(after.statement).toBe(preview.statement);
    const different = await world.fail(
      'attestation.submit',
      { courseId, claimedHours: 0.25, attestedMinutes: 30 },
      learner,
    );
    expect(different.code).toBe('conflict');
    const nobody = await world.fail('attestation.get', { courseId }, { learnerId: null });
    expect(nobody.code).toBe('not_signed_in');
  });
});
