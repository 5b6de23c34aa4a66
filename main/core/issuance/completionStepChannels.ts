import type { ChannelHandlers } from '../app/channelHandlers';
import { requireSignedIn } from '../app/session';
import { recordAttestation, submitEvaluation } from '../evaluation/evaluationRecords';
import { attestationView, evaluationView } from './completionStepViews';
import type { IssuanceContext } from './issuanceContext';

type CompletionStepChannel =
  'evaluation.get' | 'evaluation.submit' | 'attestation.get' | 'attestation.submit';

/**
 * The course evaluation and the attestation, for the signed-in learner on the course's current version. Both are
 * made once; repeating the same submission returns the recorded one, a different one is refused.
 */
export function createCompletionStepHandlers(
  context: IssuanceContext,
): Pick<ChannelHandlers, CompletionStepChannel> {
  const { db, library, now } = context;
  return {
    'evaluation.get': ({ courseId }, session) =>
      evaluationView(db, requireSignedIn(session), library.get(courseId)),
    'evaluation.submit': ({ courseId, responses }, session) => {
      const learnerId = requireSignedIn(session);
      const submission = submitEvaluation(db, learnerId, library.get(courseId), responses, now());
      return { submittedAt: submission.submittedAt };
    },
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
