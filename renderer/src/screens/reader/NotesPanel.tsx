import { useCallback, useId, useState } from 'react';
import { maxNoteLength } from '../../../../main/contract/limits';
import { invoke } from '../../api/contractClient';
import { useAutosave, type AutosaveState } from '../../ui/useAutosave';

const noteSaveDelayMs = 1_000;

function autosaveText(state: AutosaveState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'pending':
      return 'Not saved yet';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return '';
  }
}

/** The learner's own notes on the module, saved automatically shortly after typing stops. */
export function NotesPanel({
  courseId,
  moduleId,
  initial,
}: {
  courseId: string;
  moduleId: string;
  initial: string;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const save = useCallback(
    (value: string) => invoke('notes.save', { courseId, moduleId, text: value }),
    [courseId, moduleId],
  );
  const { state, changed } = useAutosave(initial, save, noteSaveDelayMs);
  return (
    <section aria-labelledby={`${id}-title`} className="notes-panel">
      <h2 id={`${id}-title`}>Your notes</h2>
      <label htmlFor={id}>Notes on this module (only you can see them)</label>
      <textarea
        id={id}
        rows={6}
        maxLength={maxNoteLength}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          changed(event.target.value);
        }}
      />
      <p className="status autosave-status" role="status">
        {autosaveText(state)}
      </p>
      {state.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          Your notes could not be saved: {state.message} Keep this page open and keep typing; saving is tried
          again with your next change.
        </p>
      )}
    </section>
  );
}
