import { useCallback, useRef, useState } from 'react';
import type { LearnerAnswer } from '../../../../main/contract/attemptSchemas';
import { failureMessage, invoke } from '../../api/contractClient';

/** Where saving the answers stands. */
export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

/**
 * Saves each answer with attempts.answer as soon as it changes, one call after another so they arrive in the
 * order chosen. Answers that failed to save are kept and sent again by `settle`, which submit waits for.
 */
export function useAnswerSaver(attemptId: string) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const unsaved = useRef(new Map<string, LearnerAnswer>());

  const send = useCallback(
    (questionId: string, answer: LearnerAnswer) => {
      pending.current += 1;
      setState({ status: 'saving' });
      const call = async () => {
        try {
          await invoke('attempts.answer', { attemptId, questionId, answer });
          if (unsaved.current.get(questionId) === answer) unsaved.current.delete(questionId);
          if (unsaved.current.size === 0 && pending.current === 1) setState({ status: 'saved' });
        } catch (err) {
          setState({ status: 'failed', message: failureMessage(err) });
        } finally {
          pending.current -= 1;
        }
      };
      unsaved.current.set(questionId, answer);
      queue.current = queue.current.then(call);
      return queue.current;
    },
    [attemptId],
  );

  /** Waits for every save on its way, then tries once more any that failed; true when all are saved. */
  const settle = useCallback(async (): Promise<boolean> => {
    await queue.current;
    for (const [questionId, answer] of [...unsaved.current]) await send(questionId, answer);
    return unsaved.current.size === 0;
  }, [send]);

  return { state, save: send, settle };
}
