import type { ActionState } from './useAction';

/**
 * The outcome of an action in words: a polite status while it runs or after it worked, an alert with what to
 * do when it failed. `hint` says what to try next after a failure.
 */
export function ActionFeedback({
  state,
  running = 'Saving…',
  hint,
}: {
  state: ActionState;
  running?: string;
  hint?: string;
}) {
  return (
    <>
      <p className="status" role="status">
        {state.status === 'running' ? running : state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          {hint && <p>{hint}</p>}
        </div>
      )}
    </>
  );
}
