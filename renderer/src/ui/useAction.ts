import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../main/contract/errors';
import { ChannelError, failureMessage } from '../api/contractClient';

/** Where a learner's action (save, sign in, submit) stands. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string; code: ErrorCode | null };

/** What `useAction` gives a form: its state, a runner and a reset. */
export interface Action {
  state: ActionState;
  busy: boolean;
  /**
   * Runs `work` unless the action is already running; resolves with its value, or undefined when it failed
   * (the failure is in `state`). `doneMessage` is announced on success.
   */
  run<T>(work: () => Promise<T>, doneMessage?: string): Promise<T | undefined>;
  reset(): void;
}

/** Tracks one async action so its button can show progress and its failure a plain message. */
export function useAction(): Action {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async <T>(work: () => Promise<T>, doneMessage = ''): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setState({ status: 'running' });
    try {
      const value = await work();
      if (mounted.current) setState({ status: 'done', message: doneMessage });
      return value;
    } catch (err) {
      if (mounted.current) {
        const code = err instanceof ChannelError ? err.error.code : null;
        setState({ status: 'failed', message: failureMessage(err), code });
      }
      return undefined;
    } finally {
      running.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, busy: state.status === 'running', run, reset };
}
