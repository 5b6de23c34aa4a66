import { formatCreditHours } from '../../contract/creditHours';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';

/** What the learner attests: the minutes they spent and the credit hours they claim. */
export interface AttestationClaim {
  claimedHours: number;
  attestedMinutes: number;
}

/** The most minutes one attestation can state (a guard against slips such as an extra zero). */
export const maxAttestedMinutes = 100_000;

/**
 * Checks a claim against the course: whole minutes from 1, and claimed hours in steps of 0.25, above 0, no more
 * than the course's designated maximum and no more than the time attested (credit must not exceed the work).
 */
export function readAttestationClaim(course: CoursePackage, claim: AttestationClaim): AttestationClaim {
  const { claimedHours, attestedMinutes } = claim ?? ({} as Partial<AttestationClaim>);
  if (
    typeof attestedMinutes !== 'number' ||
    !Number.isInteger(attestedMinutes) ||
    attestedMinutes < 1 ||
    attestedMinutes > maxAttestedMinutes
  ) {
    throw new CoreError(
      'invalid_input',
      `Enter the time you spent as whole minutes, from 1 to ${maxAttestedMinutes}.`,
    );
  }
  if (
    typeof claimedHours !== 'number' ||
    !Number.isFinite(claimedHours) ||
    !Number.isInteger(claimedHours * 4)
  ) {
    throw new CoreError('invalid_input', 'Claim credit in steps of a quarter hour (0.25, 0.5, 0.75, ...).');
  }
  if (claimedHours <= 0) throw new CoreError('invalid_input', 'Claim more than 0 hours of credit.');
  const max = course.credit.hours;
  if (claimedHours > max) {
    throw new CoreError(
      'invalid_input',
      `This course offers at most ${formatCreditHours(max)} hours of credit; claim ${formatCreditHours(max)} or less.`,
    );
  }
  if (claimedHours * 60 > attestedMinutes) {
    const allowed = Math.floor(attestedMinutes / 15) / 4;
    throw new CoreError(
      'invalid_input',
      allowed === 0
        ? `You attested ${attestedMinutes} minutes; claiming credit needs at least 15 minutes of participation.`
        : `You attested ${attestedMinutes} minutes, so you can claim at most ${formatCreditHours(allowed)} hours.`,
    );
  }
  return { claimedHours, attestedMinutes };
}

/** The words the learner attests to, stored verbatim with the attestation. */
export function attestationStatement(course: CoursePackage, claim: AttestationClaim): string {
  const hours = formatCreditHours(claim.claimedHours);
  return (
    `I attest that I spent ${claim.attestedMinutes} minutes on "${course.title}" (version ${course.version}) ` +
    `and claim ${hours} ${claim.claimedHours === 1 ? 'hour' : 'hours'} of credit, commensurate with the extent ` +
    'of my participation in the activity.'
  );
}
