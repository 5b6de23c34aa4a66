import type React from 'react';

/**
 * A button that says what it is doing while its action runs. It is marked aria-disabled rather than disabled,
 * so keyboard focus stays on it instead of falling back to the page.
 */
export function BusyButton({
  busy,
  busyLabel,
  children,
  onClick,
  type = 'button',
  className,
}: {
  busy: boolean;
  busyLabel: string;
  children: React.ReactNode;
  onClick?: () => void;
  type?: 'button' | 'submit';
  className?: string;
}) {
  return (
    <button
      type={type}
      className={className}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.();
      }}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
