import type { EvaluationView } from '../../../../main/contract/evaluationSchemas';
import { likertChoices } from './likertScale';

type EvaluationItem = EvaluationView['items'][number];

/**
 * A run of agree/disagree items as one compact grid on wide screens: the five points named once in a header row,
 * one row per statement. Each row is still a fieldset named by its statement, with five radios that keep their own
 * labels (hidden on wide screens, where the header shows them; shown on narrow ones, where the grid becomes a
 * list), so a keyboard moves with Tab between rows and with the arrow keys along one.
 */
export function LikertGrid({
  items,
  answers,
  onChange,
}: {
  items: readonly EvaluationItem[];
  answers: Readonly<Record<string, number | string>>;
  onChange: (itemId: string, value: number) => void;
}) {
  return (
    <div className="likert-grid">
      <div className="likert-header" aria-hidden="true">
        <span />
        {likertChoices.map((choice) => (
          <span key={choice.value}>{choice.label}</span>
        ))}
      </div>
      {items.map((item) => (
        <fieldset key={item.id} className="likert-row">
          <legend className="likert-prompt">
            {item.prompt}
            {item.required && <span className="required"> (required)</span>}
          </legend>
          {likertChoices.map((choice) => (
            <label key={choice.value} className="likert-choice">
              <input
                type="radio"
                name={`evaluation-${item.id}`}
                value={String(choice.value)}
                checked={answers[item.id] === choice.value}
                required={item.required}
                onChange={() => onChange(item.id, choice.value)}
              />
              <span className="likert-label">{choice.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
