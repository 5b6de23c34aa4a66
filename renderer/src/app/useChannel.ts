import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { ErrorCode } from '../../../main/contract/errors';
import { ChannelError, failureMessage, invoke } from '../api/contractClient';
import { takePreload } from './routePreloads';

/** Where a channel call stands: loading, its value, or the message to show (with a way to try again). */
export type ChannelState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string; code: ErrorCode | null; retry: () => void };

/**
 * Calls a channel when the component mounts (and again when `key` changes) and tracks its state.
 * An answer is kept with the key it was asked for, so a late answer for an old key never shows as the new one.
 * A call the route change already started (routePreloads.ts) is taken over rather than made twice.
 */
export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  key: string,
): ChannelState<ChannelOutput<C>> {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<{
    key: string;
    round: number;
    state:
      | { status: 'ready'; value: ChannelOutput<C> }
      | { status: 'failed'; message: string; code: ErrorCode | null };
  } | null>(null);
  const retry = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    const call = (round === 0 && takePreload(channel, input)) || invoke(channel, input);
    call.then(
      (value) => current && setSettled({ key, round, state: { status: 'ready', value } }),
      (err: unknown) =>
        current &&
        setSettled({
          key,
          round,
          state: {
            status: 'failed',
            message: failureMessage(err),
            code: err instanceof ChannelError ? err.error.code : null,
          },
        }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the input: callers pass a new key whenever the input changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, round]);
  if (settled?.key !== key || settled.round !== round) return { status: 'loading' };
  return settled.state.status === 'failed' ? { ...settled.state, retry } : settled.state;
}
