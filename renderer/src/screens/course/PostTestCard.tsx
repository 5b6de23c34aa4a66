import { FactList } from '../../ui/FactList';
import type { CourseHome, ModuleStatus } from '../../../../main/contract/playerSchemas';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { countOf, formatPercent } from '../../ui/displayFormats';
import { LockedButton } from '../../ui/LockedButton';
import { useStartAttempt } from '../../app/useStartAttempt';

type PostTest = NonNullable<CourseHome['postTest']>;

/** Why the post-test is locked, beside its button: "3 module quizzes still to pass". */
export function postTestLockReason(quizzesLeft: number): string {
  return `${countOf(quizzesLeft, 'module quiz', 'module quizzes')} still to pass.`;
}

/**
 * The post-test: what it asks (pass mark, questions, attempts used and left, best score) and a button to start
 * it, which looks locked, with the reason beside it, until every module quiz is passed. Starting is still the
 * core's decision; when it refuses (no attempts left, say) its message is shown.
 */
export function PostTestCard({
  courseId,
  postTest,
  modules,
}: {
  courseId: string;
  postTest: PostTest;
  modules: ModuleStatus[];
}) {
  const { action, start } = useStartAttempt();
  const left =
    postTest.maxAttempts === null ? null : Math.max(0, postTest.maxAttempts - postTest.attemptsUsed);
  const quizzesLeft = modules.filter((module) => !module.quizPassed).length;
  return (
    <section aria-labelledby="course-post-test" className="card">
      <h2 id="course-post-test">Post-test</h2>
      <FactList
        facts={[
          ['Pass mark', formatPercent(postTest.passMark)],
          ['Questions', postTest.questionCount],
          ['Attempts used', postTest.attemptsUsed],
          ['Attempts left', left === null ? 'No limit' : left],
          ['Best score', postTest.bestScore === null ? 'Not taken yet' : formatPercent(postTest.bestScore)],
        ]}
      />
      {postTest.passed ? (
        <p className="notice notice-success">You passed the post-test.</p>
      ) : left === 0 ? (
        <p>
          You have used every attempt at this post-test. Contact the course provider about what to do next.
        </p>
      ) : (
        <>
          {quizzesLeft > 0 ? (
            <>
              <p>The post-test opens once every module quiz is passed.</p>
              <LockedButton reason={postTestLockReason(quizzesLeft)}>Start the post-test</LockedButton>
            </>
          ) : (
            <BusyButton
              className="primary"
              busy={action.busy}
              busyLabel="Starting…"
              onClick={() => start({ kind: 'post-test', courseId })}
            >
              {postTest.attemptsUsed > 0 ? 'Start a new post-test attempt' : 'Start the post-test'}
            </BusyButton>
          )}
          <ActionFeedback state={action.state} running="Starting the post-test…" />
        </>
      )}
    </section>
  );
}
