import { useEffect, useRef } from 'react';

/**
 * Asks before submitting with unanswered questions, as a modal dialog (focus stays inside; Escape keeps
 * answering). `unanswered` holds the question numbers.
 */
export function SubmitConfirmDialog({
  unanswered,
  onSubmit,
  onCancel,
}: {
  unanswered: number[];
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const list =
    unanswered.length === 1
      ? `question ${unanswered[0]}`
      : `questions ${unanswered.slice(0, -1).join(', ')} and ${unanswered[unanswered.length - 1]}`;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-submit-title"
      aria-describedby="confirm-submit-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-submit-title">Submit with unanswered questions?</h2>
      <p id="confirm-submit-text">You have not answered {list}. An unanswered question counts as wrong.</p>
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          Keep answering
        </button>
        <button type="button" className="primary" onClick={onSubmit}>
          Submit anyway
        </button>
      </div>
    </dialog>
  );
}
