import { describe, expect, it } from 'vitest';
import { deleteLearnerProfile } from '../../../main/core/learners/deleteLearnerProfile';
import { getAttestation, recordAttestation } from '../../../main/core/attestation/attestationRecords';
import { attemptWorld, ketamineDir, recordStudy, t0 } from '../attempts/attemptTestSetup';

describe('attestation of time and claimed credit', () => {
  it('refuses claims outside the rules, with plain messages', async () => {
    const world = await attemptWorld([ketamineDir]);
    const course = world.library.get('ketamine-therapy'); // 5.0 hours
    const learner = world.a.learnerId ?? '';
    const cases: [number, number, RegExp][] = [
      [0, 300, /more than 0 hours/],
      [-1, 300, /more than 0 hours/],
      [0.3, 300, /steps of a quarter hour/],
      [4.1, 300, /steps of a quarter hour/],
      [Number.NaN, 300, /steps of a quarter hour/],
      [5.25, 400, /at most 5\.0 hours of credit/],
      [1, 0, /whole minutes/],
      [1, 90.5, /whole minutes/],
      [5, 290, /You attested 290 minutes, so you can claim at most 4\.75 hours/],
      [0.25, 10, /needs at least 15 minutes/],
    ];
    for (const [claimedHours, attestedMinutes, message] of cases) {
      expect(() =>
        recordAttestation(world.db, learner, course, { claimedHours, attestedMinutes }, t0),
      ).toThrow(message);
    }
    expect(getAttestation(world.db, learner, course)).toBeNull();
  });

  it('records a valid claim with the statement attested to, once per version', async () => {
    const world = await attemptWorld([ketamineDir]);
    const course = world.library.get('ketamine-therapy');
    const learner = world.a.learnerId ?? '';
    const other = world.b.learnerId ?? '';
    // 645 beats record 161 minutes, the course's minimum before attesting; both learners study before t0.
    recordStudy(world.db, learner, course, t0 - 645 * 15_000, 645);
    recordStudy(world.db, other, course, t0 - 645 * 15_000, 645);
    const made = recordAttestation(
      world.db,
      learner,
      course,
      { claimedHours: 4.75, attestedMinutes: 295, confirmedUnrecordedTime: true },
      t0,
    );
    expect(made).toEqual({
      courseId: 'ketamine-therapy',
      courseVersion: course.version,
      claimedHours: 4.75,
      attestedMinutes: 295,
      statement:
        `I attest that I spent 295 minutes on "Ketamine Treatment for Mental Health" (version ${course.version}) and claim ` +
        '4.75 hours of credit, commensurate with the extent of my participation in the activity.',
      attestedAt: t0,
    });
    expect(getAttestation(world.db, learner, course)).toEqual(made);
    expect(
      // The same claim again returns the record; it was confirmed when made.
      recordAttestation(world.db, learner, course, { claimedHours: 4.75, attestedMinutes: 295 }, t0 + 1),
    ).toEqual(made);
    expect(() =>
      recordAttestation(world.db, learner, course, { claimedHours: 5, attestedMinutes: 300 }, t0),
    ).toThrow('You have already attested your time for this version of the course.');
    // The full designated credit is allowed, and another learner's record is separate.
    expect(
      recordAttestation(
        world.db,
        other,
        course,
        { claimedHours: 5, attestedMinutes: 300, confirmedUnrecordedTime: true },
        t0,
      ).statement,
    ).toMatch(/claim 5\.0 hours of credit/);
    deleteLearnerProfile(world.db, learner, { confirmName: 'Ana' }, t0);
    expect(world.db.prepare('SELECT learner_id FROM attestations').all()).toEqual([{ learner_id: other }]);
  });
});
