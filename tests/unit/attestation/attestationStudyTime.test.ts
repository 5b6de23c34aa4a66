import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseId, coreWorld, study } from '../support/coreWorld';

/*
 * issue 21, finding 11: the attestation is the course's rule, not the typed minutes: recorded study time must reach
 * the course's minimum (min_time_fraction of the estimate) before the learner may attest, and the claim stays
 * within the course's credit.
 */

describe('attesting needs the recorded study time the course asks for', () => {
  it('refuses an attestation before any study', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana');
    const refused = await world.fail(
      'attestation.submit',
      { courseId, claimedHours: 0.25, attestedMinutes: 20 },
      learner,
    );
    expect(refused).toEqual({
      code: 'forbidden',
      message:
        'You can attest once at least 9 minutes of study are recorded for this course; 0 minutes are recorded ' +
        'so far. Keep studying in CE Player, then attest.',
    });
    expect((await world.ok('attestation.get', { courseId }, learner)).attested).toBeNull();
  });

  it('refuses 5.0 hours on the 5-hour course with 160 minutes recorded (161 required)', async () => {
    const world = await coreWorld({ courseSource: path.resolve('courses/ketamine-therapy') });
    const learner = await world.signUp('Dana');
    // 641 beats 15 s apart record exactly 160 minutes.
    await study(world, learner, 641);
    const view = await world.ok('attestation.get', { courseId: world.course.id }, learner);
    expect(view).toMatchObject({ recordedMinutes: 160, requiredMinutes: 161 });
    const refused = await world.fail(
      'attestation.submit',
      { courseId: world.course.id, claimedHours: 5, attestedMinutes: 300 },
      learner,
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/at least 161 minutes of study .*160 minutes are recorded so far/);
    await study(world, learner, 4);
    const attested = await world.ok(
      'attestation.submit',
      { courseId: world.course.id, claimedHours: 5, attestedMinutes: 300, confirmedUnrecordedTime: true },
      learner,
    );
    expect(attested.attested).toMatchObject({ claimedHours: 5, attestedMinutes: 300 });
  });
});
