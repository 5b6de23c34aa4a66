import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { courseForAttempt } from './attemptCourse';
import { requireAttemptRow } from './attemptRows';
import { buildAttemptView } from './attemptView';
import { saveAttemptAnswer } from './saveAttemptAnswer';
import { startAttempt } from './startAttempt';
import { submitAttempt } from './submitAttempt';

/**
 * The quiz and post-test channels. Each acts only on the signed-in learner's attempts (another learner's attempt
 * id reads exactly like a missing one), grading happens here, and the view carries the answer key only after
 * submission.
 */
export function createAttemptsHandlers({ db, library, now }: HandlerContext): NamespaceHandlers<'attempts'> {
  return {
    'attempts.start': (input, session) => {
      const { row, course } = startAttempt(db, library, requireSignedIn(session), input, now());
      return buildAttemptView(db, course, row);
    },
    'attempts.get': ({ attemptId }, session) => {
      const row = requireAttemptRow(db, requireSignedIn(session), attemptId);
      return buildAttemptView(db, courseForAttempt(library, row), row);
    },
    'attempts.answer': (input, session) =>
      saveAttemptAnswer(db, library, requireSignedIn(session), input, now()),
    'attempts.submit': ({ attemptId }, session) => {
      const { row, course } = submitAttempt(db, library, requireSignedIn(session), attemptId, now());
      return buildAttemptView(db, course, row);
    },
  };
}
