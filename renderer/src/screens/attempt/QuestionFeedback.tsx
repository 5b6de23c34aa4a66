import type { AttemptQuestion } from '../../../../main/contract/attemptSchemas';
import { answerText, optionText } from './answerText';

/** One submitted question: right or wrong, the learner's answer, the correct one, why, and option feedback. */
export function QuestionFeedback({ question, number }: { question: AttemptQuestion; number: number }) {
  const result = question.result;
  if (!result) return null;
  return (
    <li className="question-feedback" data-question-id={question.id} data-correct={result.correct}>
      <h2 className="question-number">
        Question {number}: {result.correct ? 'Correct' : 'Incorrect'}
      </h2>
      <p className="feedback-stem">{question.stem}</p>
      <dl className="answer-pair">
        <div>
          <dt>Your answer</dt>
          <dd>{answerText(question, question.answer)}</dd>
        </div>
        <div>
          <dt>Correct answer</dt>
          <dd>{answerText(question, result.correctAnswer)}</dd>
        </div>
      </dl>
      <p>{result.explanation}</p>
      {result.feedback.length > 0 && (
        <ul className="option-feedback">
          {result.feedback.map((item) => (
            <li key={item.optionId}>
              <strong>{optionText(question, item.optionId)}:</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
      {result.reference && <p className="reference">Reference: {result.reference}</p>}
    </li>
  );
}
