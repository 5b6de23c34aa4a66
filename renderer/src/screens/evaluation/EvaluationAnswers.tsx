import { ContinueToCertificate } from '../certificate/ContinueToCertificate';
import type { EvaluationView } from '../../../../main/contract/evaluationSchemas';
import { formatDateTime } from '../../ui/displayFormats';
import { FactList } from '../../ui/FactList';
import type { EvaluationSubmission } from './EvaluationForm';
import { likertText } from './likertScale';

/** A submitted evaluation, read-only: when it was submitted and each answer in words. */
export function EvaluationAnswers({
  courseId,
  view,
  submission,
}: {
  courseId: string;
  view: EvaluationView;
  submission: EvaluationSubmission;
}) {
  const answerText = (id: string, type: string): string => {
    const value = submission.responses[id];
    if (value === undefined) return 'No answer';
    return type === 'likert' && typeof value === 'number' ? likertText(value) : String(value);
  };
  return (
    <>
      <p className="notice notice-success">Submitted on {formatDateTime(submission.submittedAt)}.</p>
      <h2>Your answers</h2>
      <FactList
        className="answer-pair"
        facts={view.items.map((item) => [item.prompt, answerText(item.id, item.type)] as const)}
      />
      <ContinueToCertificate courseId={courseId} />
    </>
  );
}
