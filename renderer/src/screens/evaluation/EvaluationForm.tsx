import type React from 'react';
import { useState } from 'react';
import type { EvaluationView } from '../../../../main/contract/evaluationSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useAction } from '../../ui/useAction';
import { EvaluationItemField } from './EvaluationItemField';
import { LikertGrid } from './LikertGrid';

/** A submitted evaluation, as the screen shows it. */
export type EvaluationSubmission = NonNullable<EvaluationView['submitted']>;

type Answers = Record<string, number | string>;

type EvaluationItem = EvaluationView['items'][number];

/** The items in order, with each run of agree/disagree items together (they share one grid). */
function itemRuns(items: readonly EvaluationItem[]): { likert: boolean; items: EvaluationItem[] }[] {
  const runs: { likert: boolean; items: EvaluationItem[] }[] = [];
  for (const item of items) {
    const likert = item.type === 'likert';
    const last = runs.at(-1);
    if (last && last.likert && likert) last.items.push(item);
    else runs.push({ likert, items: [item] });
  }
  return runs;
}

/** The answers to send: blank text is left out, so an optional item stays unanswered. */
function responsesToSend(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([, value]) => typeof value === 'number' || value.trim() !== ''),
  );
}

/**
 * The evaluation form. The core checks the answers (every required item, each answer fitting its item) and its
 * message, naming the item, is shown when it refuses them.
 */
export function EvaluationForm({
  courseId,
  view,
  onSubmitted,
}: {
  courseId: string;
  view: EvaluationView;
  onSubmitted: (submission: EvaluationSubmission) => void;
}) {
  const [answers, setAnswers] = useState<Answers>({});
  const submit = useAction();
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    const responses = responsesToSend(answers);
    const saved = await submit.run(() => invoke('evaluation.submit', { courseId, responses }));
    if (saved) onSubmitted({ submittedAt: saved.submittedAt, responses });
  };
  return (
    <form className="form evaluation-form" onSubmit={(event) => void send(event)} noValidate>
      <p>
        {view.requiredForCertificate
          ? 'The evaluation is part of completing this course: submit it before your certificate. '
          : ''}
        Items marked (required) must be answered. Your answers cannot be changed once submitted.
      </p>
      {itemRuns(view.items).map((run) =>
        run.likert ? (
          <LikertGrid
            key={run.items[0]?.id}
            items={run.items}
            answers={answers}
            onChange={(id, value) => setAnswers((old) => ({ ...old, [id]: value }))}
          />
        ) : (
          run.items.map((item) => (
            <EvaluationItemField
              key={item.id}
              item={item}
              value={answers[item.id] ?? null}
              onChange={(value) => setAnswers((old) => ({ ...old, [item.id]: value }))}
            />
          ))
        ),
      )}
      <ActionFeedback
        state={submit.state}
        running="Submitting your evaluation…"
        hint="Answer the item named above, then submit again."
      />
      <BusyButton type="submit" className="primary" busy={submit.busy} busyLabel="Submitting…">
        Submit the evaluation
      </BusyButton>
    </form>
  );
}
