import type { ChannelState } from '../app/useChannel';

/** Shows a loading line or a failure (with "Try again") for a channel state; nothing once the value is ready. */
export function StatusMessage({ state, what }: { state: ChannelState<unknown>; what: string }) {
  if (state.status === 'loading') {
    return (
      <p className="status" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p>
          Could not load {what}: {state.message}
        </p>
        {state.code !== 'not_found' && state.code !== 'invalid_input' && (
          <button type="button" onClick={state.retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  return null;
}
