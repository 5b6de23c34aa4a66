import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { submitEvaluation } from './evaluationRecords';
import { evaluationView } from './evaluationView';

/**
 * The course evaluation, for the signed-in learner on the course's current version. It is made once; repeating
 * the same submission returns the recorded one, a different one is refused.
 */
export function createEvaluationHandlers({
  db,
  library,
  now,
}: HandlerContext): NamespaceHandlers<'evaluation'> {
  return {
    'evaluation.get': ({ courseId }, session) =>
      evaluationView(db, requireSignedIn(session), library.get(courseId)),
    'evaluation.submit': ({ courseId, responses }, session) => {
      const learnerId = requireSignedIn(session);
      const submission = submitEvaluation(db, learnerId, library.get(courseId), responses, now());
      return { submittedAt: submission.submittedAt };
    },
  };
}
