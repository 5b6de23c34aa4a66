import type React from 'react';
import { useId } from 'react';

/**
 * A step that cannot be taken yet: a button that looks locked and does nothing, with the reason beside it (and
 * read with it). It stays focusable (aria-disabled, not disabled) so a keyboard or screen-reader user finds the
 * step and hears why it is locked.
 */
export function LockedButton({ children, reason }: { children: React.ReactNode; reason: string }) {
  const reasonId = useId();
  return (
    <span className="locked-step">
      <button type="button" className="locked" aria-disabled="true" aria-describedby={reasonId}>
        <svg
          className="lock-mark"
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          focusable="false"
        >
          <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
          <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
        {children}
      </button>
      <span id={reasonId} className="locked-reason">
        {reason}
      </span>
    </span>
  );
}
