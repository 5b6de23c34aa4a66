import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import { invoke } from '../api/contractClient';

/** Where a channel call stands: loading, its value, or the message to show. */
export type ChannelState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * Calls a channel when the component mounts (and again when `key` changes) and tracks its state.
 * An answer is kept with the key it was asked for, so a late answer for an old key never shows as the new one.
 */
export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  key: string,
): ChannelState<ChannelOutput<C>> {
  const [settled, setSettled] = useState<{ key: string; state: ChannelState<ChannelOutput<C>> } | null>(null);
  useEffect(() => {
    let current = true;
    invoke(channel, input).then(
      (value) => current && setSettled({ key, state: { status: 'ready', value } }),
      (err: unknown) =>
        current &&
        setSettled({
          key,
          state: { status: 'failed', message: err instanceof Error ? err.message : String(err) },
        }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the input: callers pass a new key whenever the input changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key]);
  return settled?.key === key ? settled.state : { status: 'loading' };
}
