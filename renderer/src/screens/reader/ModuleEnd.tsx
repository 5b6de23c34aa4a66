import type { ModuleReading } from '../../../../main/contract/playerSchemas';
import { ActionFeedback } from '../../app/ActionFeedback';
import { BusyButton } from '../../app/BusyButton';
import { countOf } from '../../app/displayFormats';
import { routeHref } from '../../app/routes';
import { useStartAttempt } from '../../app/useStartAttempt';

/** After the text: the module's quiz and the links to the previous and next modules. */
export function ModuleEnd({ reading, read }: { reading: ModuleReading; read: boolean }) {
  const { courseId, moduleId } = reading;
  const { action, start } = useStartAttempt();
  return (
    <section aria-labelledby="module-end" className="module-end">
      <h2 id="module-end">Module quiz</h2>
      {reading.questionCount > 0 ? (
        <>
          <p>
            {countOf(reading.questionCount, 'question')} on this module.
            {reading.quizPassed ? ' You have passed this quiz; you may take it again.' : ''}
            {!read && !reading.quizPassed ? ' Read to the end of the module first.' : ''}
          </p>
          <BusyButton
            className="primary"
            busy={action.busy}
            busyLabel="Starting the quiz…"
            onClick={() => start({ kind: 'module', courseId, moduleId })}
          >
            Take the quiz
          </BusyButton>
          <ActionFeedback state={action.state} running="Starting the quiz…" />
        </>
      ) : (
        <p>This module has no quiz.</p>
      )}
      <nav aria-label="Other modules" className="module-neighbours">
        {reading.previous && (
          <a
            rel="prev"
            href={routeHref({ screen: 'module', courseId, moduleId: reading.previous.id, anchor: null })}
          >
            Previous: {reading.previous.title}
          </a>
        )}
        {reading.next && (
          <a
            rel="next"
            href={routeHref({ screen: 'module', courseId, moduleId: reading.next.id, anchor: null })}
          >
            Next: {reading.next.title}
          </a>
        )}
        <a href={routeHref({ screen: 'course', courseId })}>Back to the course</a>
      </nav>
    </section>
  );
}
