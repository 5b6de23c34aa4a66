import { useId } from 'react';

/** A labelled text (or number) input with an optional hint, tied together for assistive technology. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  required = false,
  optionalNote = 'optional',
  type = 'text',
  autoComplete = 'off',
  inputMode,
  name,
  min,
  max,
  step,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
  /** What an optional field's label says it is, in place of "(optional)". */
  optionalNote?: string;
  type?: 'text' | 'email' | 'password' | 'number';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  name?: string;
  /** For `type="number"`: the range and step the browser offers. */
  min?: number;
  max?: number;
  step?: number;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="optional"> ({optionalNote})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-describedby={hint ? hintId : undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
