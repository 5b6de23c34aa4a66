import { FactList } from '../../ui/FactList';
import type React from 'react';
import { useState } from 'react';
import type { AttemptView, LearnerAnswer } from '../../../../main/contract/attemptSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { countOf, formatPercent } from '../../ui/displayFormats';
import { useAction } from '../../ui/useAction';
import { isAnswered } from './answerText';
import { QuestionFieldset } from './QuestionFieldset';
import { SubmitConfirmDialog } from './SubmitConfirmDialog';
import { useAnswerSaver, type SaveState } from './useAnswerSaver';

function saveStatusText(state: SaveState): string {
  if (state.status === 'saving') return 'Saving…';
  if (state.status === 'saved') return 'Saved';
  return '';
}

/** An open attempt: its questions, each answer saved as it changes, and submitting (with a check first). */
export function AttemptForm({
  view,
  onSubmitted,
}: {
  view: AttemptView;
  onSubmitted: (view: AttemptView) => void;
}) {
  const [answers, setAnswers] = useState<Record<string, LearnerAnswer | null>>(() =>
    Object.fromEntries(view.questions.map((question) => [question.id, question.answer])),
  );
  const [confirming, setConfirming] = useState<number[] | null>(null);
  const saver = useAnswerSaver(view.attemptId);
  const submit = useAction();
  const total = view.questions.length;

  const choose = (questionId: string, answer: LearnerAnswer) => {
    setAnswers((old) => ({ ...old, [questionId]: answer }));
    void saver.save(questionId, answer);
  };
  const submitNow = async () => {
    setConfirming(null);
    const submitted = await submit.run(async () => {
      if (!(await saver.settle())) {
        throw new Error('Some answers could not be saved, so the attempt was not submitted. Try again.');
      }
      return invoke('attempts.submit', { attemptId: view.attemptId });
    });
    if (submitted) onSubmitted(submitted);
  };
  const requestSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (submit.busy) return;
    const unanswered = view.questions.flatMap((question, index) =>
      isAnswered(answers[question.id]) ? [] : [index + 1],
    );
    if (unanswered.length > 0) setConfirming(unanswered);
    else void submitNow();
  };

  return (
    <form className="attempt-form" onSubmit={requestSubmit} noValidate>
      <FactList
        facts={[
          ['Pass mark', formatPercent(view.passMark)],
          ['Questions', total],
          ['Attempt', view.maxAttempts === null ? view.number : `${view.number} of ${view.maxAttempts}`],
        ]}
      />
      <p>Your answers are saved as you choose them, so you can leave and come back to this attempt.</p>
      <ol className="question-list">
        {view.questions.map((question, index) => (
          <li key={question.id} className="question" data-question-id={question.id}>
            <h2 className="question-number">
              Question {index + 1} of {total}
            </h2>
            <QuestionFieldset
              question={question}
              answer={answers[question.id] ?? null}
              onChange={(answer) => choose(question.id, answer)}
            />
          </li>
        ))}
      </ol>
      <div className="attempt-footer">
        <p className="status save-status" role="status" aria-live="polite">
          {saveStatusText(saver.state)}
        </p>
        {saver.state.status === 'failed' && (
          <p className="notice notice-error" role="alert">
            An answer could not be saved: {saver.state.message} Choose it again, or submit: unsaved answers
            are sent again first.
          </p>
        )}
        <p>
          {countOf(total - view.questions.filter((q) => isAnswered(answers[q.id])).length, 'question')} not
          answered yet.
        </p>
        <ActionFeedback state={submit.state} running="Submitting your answers…" />
        <BusyButton type="submit" className="primary" busy={submit.busy} busyLabel="Submitting…">
          Submit answers
        </BusyButton>
      </div>
      {confirming && (
        <SubmitConfirmDialog
          unanswered={confirming}
          onSubmit={() => void submitNow()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </form>
  );
}
