import type { AttemptQuestion, LearnerAnswer } from '../../../../main/contract/attemptSchemas';

/** One option: a radio or checkbox with its label. */
function Choice({
  type,
  name,
  value,
  labelHtml,
  checked,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  /** The option's words as the core rendered them (inline markdown, raw HTML off). */
  labelHtml: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice">
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span dangerouslySetInnerHTML={{ __html: labelHtml }} />
    </label>
  );
}

/**
 * A question as a fieldset named by its stem: one choice (radios), several ("Select all that apply", said once:
 * by the stem when its author wrote it, else by a hint; checkboxes), or true/false (two radios). The stem may hold paragraphs, which a legend cannot, so it names the group through
 * aria-labelledby. Every change is handed up at once to be saved.
 */
export function QuestionFieldset({
  question,
  answer,
  onChange,
}: {
  question: AttemptQuestion;
  answer: LearnerAnswer | null;
  onChange: (answer: LearnerAnswer) => void;
}) {
  const name = `question-${question.id}`;
  const hintId = `${name}-hint`;
  const stemId = `${name}-stem`;
  const chosen = Array.isArray(answer) ? answer : [];
  // A stem that already says "Select all that apply" is not followed by the same words again.
  const hinted = question.type === 'multiple' && !/select all that apply/i.test(question.stem);
  return (
    <fieldset
      className="question-fieldset"
      aria-labelledby={stemId}
      aria-describedby={hinted ? hintId : undefined}
    >
      <div id={stemId} className="question-stem" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {hinted && (
        <p id={hintId} className="field-hint">
          Select all that apply.
        </p>
      )}
      {question.type === 'true-false'
        ? [true, false].map((value) => (
            <Choice
              key={String(value)}
              type="radio"
              name={name}
              value={String(value)}
              labelHtml={value ? 'True' : 'False'}
              checked={answer === value}
              onChange={() => onChange(value)}
            />
          ))
        : question.options.map((option) => (
            <Choice
              key={option.id}
              type={question.type === 'multiple' ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              labelHtml={option.html}
              checked={chosen.includes(option.id)}
              onChange={(checked) =>
                onChange(
                  question.type === 'multiple'
                    ? question.options
                        .map((o) => o.id)
                        .filter((id) => (id === option.id ? checked : chosen.includes(id)))
                    : [option.id],
                )
              }
            />
          ))}
    </fieldset>
  );
}
