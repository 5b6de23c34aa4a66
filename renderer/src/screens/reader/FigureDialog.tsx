import { useEffect, useRef } from 'react';
import type { OpenFigure } from './useOpenFigure';

/**
 * A figure at full size in a modal dialog named by its caption: focus moves to Close, Escape or Close shuts it,
 * and focus goes back to the figure that opened it.
 */
export function FigureDialog({ figure, onClose }: { figure: OpenFigure; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="figure-dialog"
      aria-label={figure.caption || figure.alt}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <figure>
        <img src={figure.src} alt={figure.alt} />
        {figure.caption && <figcaption>{figure.caption}</figcaption>}
      </figure>
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
