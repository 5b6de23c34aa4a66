import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's main heading when the screen opens, so keyboard and screen-reader users start at the
 * top of the new content instead of on a link that no longer exists.
 */
export function useScreenFocus<T extends HTMLElement>(screenKey: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [screenKey]);
  return ref;
}
