import { useId } from 'react';
import type { EvaluationView } from '../../../../main/contract/evaluationSchemas';
import { RadioGroup } from '../../ui/RadioGroup';
import { maxEvaluationTextLength } from '../../../../main/contract/limits';
import { likertChoices } from './likertScale';

type EvaluationItem = EvaluationView['items'][number];

/**
 * One evaluation item: a likert item as five labelled radios (on its own; a run of them is a LikertGrid), a choice
 * item as its options, a text item as a textarea. Required items say so in their label.
 */
export function EvaluationItemField({
  item,
  value,
  onChange,
}: {
  item: EvaluationItem;
  value: number | string | null;
  onChange: (value: number | string) => void;
}) {
  const id = useId();
  const name = `evaluation-${item.id}`;
  if (item.type === 'likert') {
    return (
      <RadioGroup
        legend={item.prompt}
        name={name}
        choices={likertChoices}
        value={typeof value === 'number' ? value : null}
        onChange={onChange}
        required={item.required}
      />
    );
  }
  if (item.type === 'choice') {
    return (
      <RadioGroup
        legend={item.prompt}
        name={name}
        choices={item.options.map((option) => ({ value: option, label: option }))}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        required={item.required}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {item.prompt}
        {item.required ? (
          <span className="required"> (required)</span>
        ) : (
          <span className="optional"> (optional)</span>
        )}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        maxLength={maxEvaluationTextLength}
        required={item.required}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
