import type { AttemptView } from '../../../../main/contract/attemptSchemas';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { formatPercent } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';
import { useStartAttempt } from '../../app/useStartAttempt';
import { attemptKindLabel } from './answerText';
import { AttemptNextStep } from './AttemptNextStep';
import { ModuleResults } from './ModuleResults';
import { QuestionFeedback } from './QuestionFeedback';

/** Why the answers are not shown yet, in the words of the assessment's feedback policy. */
function withheldNote(view: AttemptView, label: string): string {
  const when =
    view.feedbackPolicy === 'after_last_attempt'
      ? `once you pass the ${label} or have used your last attempt`
      : `once you pass the ${label}`;
  return `The correct answers and explanations are shown ${when}. Below you can see which questions you missed and where to review them.`;
}

/** Whether another attempt can be offered, as far as the view says; the core still decides. */
function canRetake(view: AttemptView): boolean {
  if (view.kind === 'post-test' && view.passed) return false;
  return view.maxAttempts === null || view.attemptsUsed < view.maxAttempts;
}

/**
 * A submitted attempt: the score against the pass mark, the next step beside Retake and Back, per-module results
 * (post-test), and each question right or wrong with where to review it; the key and explanations as the feedback
 * policy allows.
 */
export function AttemptResult({ view }: { view: AttemptView }) {
  const { action, start } = useStartAttempt();
  const retake = () =>
    start(
      view.kind === 'module' && view.moduleId
        ? { kind: 'module', courseId: view.courseId, moduleId: view.moduleId }
        : { kind: 'post-test', courseId: view.courseId },
    );
  const label = attemptKindLabel(view.kind).toLowerCase();
  return (
    <>
      <div className={`notice ${view.passed ? 'notice-success' : 'notice-error'} score-summary`}>
        <p className="score">
          Your score: {view.score === null ? 'not available' : formatPercent(view.score)}. Pass mark:{' '}
          {formatPercent(view.passMark)}.
        </p>
        <p className="verdict">
          {view.passed ? `You passed this ${label}.` : `You did not pass this ${label} this time.`}
        </p>
      </div>
      <div className="actions">
        <AttemptNextStep view={view} />
        {canRetake(view) ? (
          <BusyButton busy={action.busy} busyLabel="Starting…" onClick={retake}>
            Retake the {label}
          </BusyButton>
        ) : (
          !view.passed && <p>You have used every attempt at this {label}.</p>
        )}
        {view.moduleId && (
          <a
            className="button-link"
            href={routeHref({
              screen: 'module',
              courseId: view.courseId,
              moduleId: view.moduleId,
              anchor: null,
            })}
          >
            Back to the module
          </a>
        )}
        <a className="button-link" href={routeHref({ screen: 'course', courseId: view.courseId })}>
          Back to course
        </a>
      </div>
      <ActionFeedback state={action.state} running="Starting a new attempt…" />
      {!view.keyRevealed && <p className="notice notice-info withheld-note">{withheldNote(view, label)}</p>}
      <ModuleResults view={view} />
      <ol className="feedback-list">
        {view.questions.map((question, index) => (
          <QuestionFeedback
            key={question.id}
            question={question}
            number={index + 1}
            courseId={view.courseId}
          />
        ))}
      </ol>
    </>
  );
}
