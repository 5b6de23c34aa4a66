import type React from 'react';

/** One choice of a radio group: the value handed back and the words shown. */
export interface RadioChoice<T extends string | number> {
  value: T;
  label: string;
}

/**
 * A fieldset of radios whose legend names the question. Arrow keys move between the choices, as for any radio
 * group. `required` marks the legend and the inputs; the core still decides what is missing.
 */
export function RadioGroup<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
  required = false,
  className = 'fieldset choice-group',
}: {
  legend: React.ReactNode;
  name: string;
  choices: readonly RadioChoice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  required?: boolean;
  className?: string;
}) {
  return (
    <fieldset className={className}>
      <legend>
        {legend}
        {required && <span className="required"> (required)</span>}
      </legend>
      {choices.map((choice) => (
        <label key={String(choice.value)} className="choice">
          <input
            type="radio"
            name={name}
            value={String(choice.value)}
            checked={value === choice.value}
            required={required}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
