import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import {
  confirmAboveMinutes,
  requireConfirmedUnrecordedTime,
} from '../../../main/core/attestation/unrecordedTimeRule';

/*
 * Issue 17: an attestation may go beyond the recorded study by a quarter of the course's estimate without a
 * confirmation; past that, the learner must confirm the time spent away from CE Player.
 */
describe('the unrecorded-time allowance', () => {
  const { course } = loadCoursePackage(path.resolve('courses/ketamine-therapy'));
  if (!course) throw new Error('The bundled course loads.');
  const allowance = Math.ceil(course.estimate.totalMinutes / 4);

  it('is the recorded whole minutes plus a quarter of the estimate, rounded up', () => {
    expect(confirmAboveMinutes(course, 161.9)).toBe(161 + allowance);
    expect(confirmAboveMinutes(course, 0)).toBe(allowance);
  });

  it('lets a claim up to it through, and asks for confirmation one minute past it', () => {
    const limit = confirmAboveMinutes(course, 161);
    expect(() => requireConfirmedUnrecordedTime(course, 161, limit, false)).not.toThrow();
    expect(() => requireConfirmedUnrecordedTime(course, 161, limit + 1, false)).toThrow(
      `You attest ${limit + 1} minutes; CE Player recorded 161 minutes. Confirm that you spent the other ` +
        `${limit + 1 - 161} minutes on this course away from CE Player, or attest the time you spent.`,
    );
    expect(() => requireConfirmedUnrecordedTime(course, 161, 300, true)).not.toThrow();
  });
});
