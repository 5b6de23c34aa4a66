import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { recordAttestation } from './attestationRecords';
import { attestationView } from './attestationView';

/**
 * The attestation of study time and credit claimed, for the signed-in learner on the course's current version.
 * It is made once; repeating the same claim returns the recorded one, a different one is refused.
 */
export function createAttestationHandlers({
  db,
  library,
  now,
}: HandlerContext): NamespaceHandlers<'attestation'> {
  return {
    'attestation.get': ({ courseId, claimedHours, attestedMinutes }, session) =>
      attestationView(db, requireSignedIn(session), library.get(courseId), { claimedHours, attestedMinutes }),
    'attestation.submit': ({ courseId, claimedHours, attestedMinutes, confirmedUnrecordedTime }, session) => {
      const learnerId = requireSignedIn(session);
      const course = library.get(courseId);
      const claim = { claimedHours, attestedMinutes, confirmedUnrecordedTime };
      recordAttestation(db, learnerId, course, claim, now());
      return attestationView(db, learnerId, course);
    },
  };
}
