import { useId } from 'react';

/** A labelled text input with an optional hint, tied together for assistive technology. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  required = false,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  name?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="optional"> (optional)</span>}
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
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
