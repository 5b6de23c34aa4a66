import { useEffect, useId, useRef } from 'react';

/**
 * A labelled file input with an optional hint. `folder` makes it choose a whole folder (webkitdirectory), whose
 * files carry their path inside it as `webkitRelativePath`.
 */
export function FileField({
  label,
  onChange,
  hint,
  accept,
  folder = false,
}: {
  label: string;
  onChange: (files: File[]) => void;
  hint?: string;
  accept?: string;
  folder?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const ref = useRef<HTMLInputElement>(null);
  // React has no prop for webkitdirectory, so it is set on the element.
  useEffect(() => {
    if (ref.current) ref.current.webkitdirectory = folder;
  }, [folder]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        multiple={folder || undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
    </div>
  );
}
