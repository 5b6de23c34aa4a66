import type { ModuleReading } from '../../../../main/contract/playerSchemas';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { countOf } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';
import { useStartAttempt } from '../../app/useStartAttempt';

/**
 * The end of the text, where the learner is when they finish it: that the module is read to the end, then the next
 * step (its quiz until it is passed, then the next module, or the course page after the last), and the links to
 * the previous and next modules.
 */
export function ModuleEnd({ reading, read }: { reading: ModuleReading; read: boolean }) {
  const { courseId, moduleId } = reading;
  const { action, start } = useStartAttempt();
  const hasQuiz = reading.questionCount > 0;
  const quizNext = hasQuiz && !reading.quizPassed;
  const nextHref = reading.next
    ? routeHref({ screen: 'module', courseId, moduleId: reading.next.id, anchor: null })
    : null;
  const courseHref = routeHref({ screen: 'course', courseId });
  return (
    <section aria-labelledby="module-end" className="module-end">
      <h2 id="module-end">Next step</h2>
      <div role="status">
        {read && <p className="notice notice-success">You have read this module to the end.</p>}
      </div>
      {hasQuiz ? (
        <p>
          Module quiz: {countOf(reading.questionCount, 'question')}.
          {reading.quizPassed ? ' You have passed this quiz; you may take it again.' : ''}
          {!read && !reading.quizPassed ? ' Read to the end of the module first.' : ''}
        </p>
      ) : (
        <p>This module has no quiz.</p>
      )}
      <div className="actions">
        {hasQuiz && (
          <BusyButton
            className={quizNext ? 'primary' : undefined}
            busy={action.busy}
            busyLabel="Starting the quiz…"
            onClick={() => start({ kind: 'module', courseId, moduleId })}
          >
            {reading.quizPassed ? 'Take the quiz again' : 'Take the quiz'}
          </BusyButton>
        )}
        {!quizNext &&
          (nextHref && reading.next ? (
            <a className="button-link primary" href={nextHref}>
              Next module: {reading.next.title}
            </a>
          ) : (
            <a className="button-link primary" href={courseHref}>
              Continue on the course page
            </a>
          ))}
      </div>
      <ActionFeedback state={action.state} running="Starting the quiz…" />
      <nav aria-label="Other modules" className="module-neighbours">
        {reading.previous && (
          <a
            rel="prev"
            href={routeHref({ screen: 'module', courseId, moduleId: reading.previous.id, anchor: null })}
          >
            Previous: {reading.previous.title}
          </a>
        )}
        {reading.next && nextHref && (
          <a rel="next" href={nextHref}>
            Next: {reading.next.title}
          </a>
        )}
        <a href={courseHref}>Back to the course</a>
      </nav>
    </section>
  );
}
