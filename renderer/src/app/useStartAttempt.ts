import { useCallback } from 'react';
import type { ChannelInput } from '../../../main/contract/channels';
import { invoke } from '../api/contractClient';
import { navigate } from './routes';
import { useAction, type Action } from '../ui/useAction';

/**
 * Starts a module quiz or the post-test (or a retake) and opens it. The core decides whether it may start;
 * when it refuses, the action's state carries its message.
 */
export function useStartAttempt(): {
  action: Action;
  start: (input: ChannelInput<'attempts.start'>) => void;
} {
  const action = useAction();
  const { run } = action;
  const start = useCallback(
    (input: ChannelInput<'attempts.start'>) => {
      void run(() => invoke('attempts.start', input)).then((attempt) => {
        if (attempt) navigate({ screen: 'attempt', attemptId: attempt.attemptId });
      });
    },
    [run],
  );
  return { action, start };
}
