import { useCallback, useEffect, useRef, useState } from 'react';
import { failureMessage } from '../api/contractClient';

/** Where an autosaved value stands, for a quiet status line. */
export type AutosaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; message: string };

/**
 * Saves a value `delayMs` after the learner stops changing it (call `changed` on every change), one save at a
 * time, and once more when the component goes away with changes not yet saved. The last value typed is always
 * the last one saved.
 */
export function useAutosave(
  initial: string,
  save: (value: string) => Promise<unknown>,
  delayMs: number,
): { state: AutosaveState; changed: (value: string) => void } {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const saved = useRef(initial);
  const latest = useRef(initial);
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      // Keep saving until what is saved is what was typed last (it may change while a save is on its way).
      while (latest.current !== saved.current) {
        const text = latest.current;
        if (mounted.current) setState({ status: 'saving' });
        await saveRef.current(text);
        saved.current = text;
      }
      if (mounted.current) setState({ status: 'saved' });
    } catch (err) {
      if (mounted.current) setState({ status: 'failed', message: failureMessage(err) });
    } finally {
      inFlight.current = false;
    }
  }, []);

  const changed = useCallback(
    (value: string) => {
      latest.current = value;
      setState({ status: 'pending' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);
  return { state, changed };
}
