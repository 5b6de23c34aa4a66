import type { AttemptView } from '../../../../main/contract/attemptSchemas';
import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { LockedButton } from '../../ui/LockedButton';
import { routeHref } from '../../app/routes';
import { useChannel } from '../../app/useChannel';
import { useStartAttempt } from '../../app/useStartAttempt';
import { postTestLockReason } from '../course/PostTestCard';

/** After a module quiz: the next module, or after the last one the post-test (locked while quizzes remain). */
function AfterModuleQuiz({ view, course }: { view: AttemptView; course: CourseHome }) {
  const { action, start } = useStartAttempt();
  const className = view.passed ? 'button-link primary' : 'button-link';
  const index = course.modules.findIndex((module) => module.id === view.moduleId);
  const next = course.modules[index + 1];
  if (next) {
    const href = routeHref({ screen: 'module', courseId: course.id, moduleId: next.id, anchor: null });
    return (
      <a className={className} href={href}>
        Next module: {next.title}
      </a>
    );
  }
  if (!course.postTest || course.postTest.passed) return null;
  const quizzesLeft = course.modules.filter((module) => !module.quizPassed).length;
  if (quizzesLeft > 0) {
    return <LockedButton reason={postTestLockReason(quizzesLeft)}>Take the post-test</LockedButton>;
  }
  return (
    <>
      <BusyButton
        className="primary"
        busy={action.busy}
        busyLabel="Starting…"
        onClick={() => start({ kind: 'post-test', courseId: course.id })}
      >
        Take the post-test
      </BusyButton>
      <ActionFeedback state={action.state} running="Starting the post-test…" />
    </>
  );
}

/** After a passed post-test: the evaluation while it is still to do, else the certificate. */
function AfterPostTest({ course }: { course: CourseHome }) {
  const evaluationLeft = course.remaining.some((step) => step.kind === 'evaluation');
  return evaluationLeft ? (
    <a className="button-link primary" href={routeHref({ screen: 'evaluation', courseId: course.id })}>
      Continue to the evaluation
    </a>
  ) : (
    <a className="button-link primary" href={routeHref({ screen: 'certificate', courseId: course.id })}>
      Continue to your certificate
    </a>
  );
}

/**
 * The step after this attempt, beside Retake and Back: the next module after a module quiz (or the post-test after
 * the last), and the evaluation after a passed post-test. It reads where the learner stands from the course home,
 * so a locked post-test shows locked, with the reason. A failed post-test offers nothing more here: its review
 * guidance below is the next step.
 */
export function AttemptNextStep({ view }: { view: AttemptView }) {
  const home = useChannel('courses.home', { courseId: view.courseId }, `${view.courseId}:${view.attemptId}`);
  if (home.status !== 'ready') return null;
  if (view.kind === 'module') return <AfterModuleQuiz view={view} course={home.value} />;
  return view.passed ? <AfterPostTest course={home.value} /> : null;
}
