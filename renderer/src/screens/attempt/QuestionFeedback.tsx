import { FactList } from '../../ui/FactList';
import type { AttemptQuestion, QuestionResult } from '../../../../main/contract/attemptSchemas';
import { answerText, optionHtml } from './answerText';
import { ReviewLink } from './ReviewLink';

type Revealed = Extract<QuestionResult, { revealed: true }>;

/** The key, its explanation and the feedback on the options chosen: shown only when the core revealed them. */
function KeyFeedback({ question, result }: { question: AttemptQuestion; result: Revealed }) {
  return (
    <>
      <FactList
        className="answer-pair"
        facts={[
          ['Your answer', answerText(question, question.answer)],
          ['Correct answer', answerText(question, result.correctAnswer)],
        ]}
      />
      <div className="explanation" dangerouslySetInnerHTML={{ __html: result.explanationHtml }} />
      {result.feedback.length > 0 && (
        <ul className="option-feedback">
          {result.feedback.map((item) => (
            <li key={item.optionId}>
              <strong dangerouslySetInnerHTML={{ __html: optionHtml(question, item.optionId) }} />
              {': '}
              <span dangerouslySetInnerHTML={{ __html: item.html }} />
            </li>
          ))}
        </ul>
      )}
      {result.reference && <p className="reference">Reference: {result.reference}</p>}
    </>
  );
}

/**
 * One submitted question: right or wrong, where to review it, and, when the feedback policy allows, the learner's
 * answer beside the key, the explanation and option feedback.
 */
export function QuestionFeedback({
  question,
  number,
  courseId,
}: {
  question: AttemptQuestion;
  number: number;
  courseId: string;
}) {
  const result = question.result;
  if (!result) return null;
  return (
    <li className="question-feedback" data-question-id={question.id} data-correct={result.correct}>
      <h2 className="question-number">
        Question {number}: {result.correct ? 'Correct' : 'Incorrect'}
      </h2>
      <div className="feedback-stem" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {result.review && <ReviewLink courseId={courseId} review={result.review} missed={!result.correct} />}
      {result.revealed && <KeyFeedback question={question} result={result} />}
    </li>
  );
}
