import type React from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A figure opened full size, and the button that opened it (focus goes back there on close). */
export interface OpenFigure {
  src: string;
  alt: string;
  caption: string;
  opener: HTMLElement;
}

/** The class of the button the core wraps a figure's image in (FIGURE_CLASSES.open in figureRule.ts). */
const OPEN_BUTTON = 'button.figure-open';

/**
 * Opens a figure of a course text (a module, the references) full size when its image button is pressed (by click, Enter or Space: it is a
 * real button in the core's HTML). The text is the core's HTML, so its buttons are answered through the
 * container rather than with handlers of their own.
 */
export function useOpenFigure(container: React.RefObject<HTMLElement | null>, html: string | null) {
  const [figure, setFigure] = useState<OpenFigure | null>(null);
  useEffect(() => {
    const text = container.current;
    if (!text) return;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest(OPEN_BUTTON) : null;
      const image = button?.querySelector('img');
      if (!(button instanceof HTMLElement) || !image || !text.contains(button)) return;
      const caption = button.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
      setFigure({ src: image.src, alt: image.alt, caption, opener: button });
    };
    text.addEventListener('click', onClick);
    return () => text.removeEventListener('click', onClick);
    // `html` stands for the container's content: it may appear only once the text has loaded.
  }, [container, html]);
  // Focus goes back once the dialog is gone: while a modal dialog is open, the page behind it takes no focus.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (figure) opener.current = figure.opener;
    else opener.current?.focus();
  }, [figure]);
  const close = useCallback(() => setFigure(null), []);
  return { figure, close };
}
