import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';

/*
 * How far an attestation may go beyond the study time CE Player recorded before the learner must confirm the
 * difference. Time spent on a course away from the app counts (reading its references or a printout, say), so a
 * claim above the recorded time is not wrong; but a large gap is not let through unremarked. This is the one place
 * the allowance is defined (docs/certificates.md, "The attestation").
 */

/** The share of the course's estimated time a learner may attest beyond the recorded time without confirming it. */
export const unrecordedAllowanceFraction = 0.25;

/**
 * The most minutes the learner may attest without confirming the time away from the app: the recorded study (whole
 * minutes, rounded down) plus a quarter of the course's estimated time, rounded up.
 */
export function confirmAboveMinutes(
  course: Pick<CoursePackage, 'estimate'>,
  recordedMinutes: number,
): number {
  return Math.floor(recordedMinutes) + Math.ceil(course.estimate.totalMinutes * unrecordedAllowanceFraction);
}

function minutes(count: number): string {
  return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
}

/**
 * Refuses (`invalid_input`) an attestation of more minutes than `confirmAboveMinutes` allows unless the learner
 * confirmed that they spent the rest on the course away from CE Player.
 */
export function requireConfirmedUnrecordedTime(
  course: Pick<CoursePackage, 'estimate'>,
  recordedMinutes: number,
  attestedMinutes: number,
  confirmed: boolean,
): void {
  if (confirmed || attestedMinutes <= confirmAboveMinutes(course, recordedMinutes)) return;
  const recorded = Math.floor(recordedMinutes);
  throw new CoreError(
    'invalid_input',
    `You attest ${minutes(attestedMinutes)}; CE Player recorded ${minutes(recorded)}. Confirm that you spent the ` +
      `other ${minutes(attestedMinutes - recorded)} on this course away from CE Player, or attest the time you ` +
      'spent.',
  );
}
