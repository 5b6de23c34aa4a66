import { useEffect, useState, type RefObject } from 'react';
import { currentSection, type SectionHeading } from './currentSection';
import { readingFraction } from './useReadingPosition';

/** How far the learner has got in the module on this visit. */
export interface SectionProgress {
  /** The sections read past: every section before the furthest one reached, and all once the module is read. */
  finished: ReadonlySet<string>;
  /** The furthest point reached, from 0 to 1 (1 once the module is read to the end). */
  fraction: number;
}

/**
 * Follows the furthest point the learner has reached in the module text: a section counts as finished once the
 * learner has moved on to a later one (its heading reached the top of the window), and every section once the
 * module is read to the end. It starts from where the module opened, which is the resumed place when there is one
 * (call it after useReadingPosition, whose effect scrolls there first). Scrolling back does not undo it.
 */
export function useSectionProgress(
  textRef: RefObject<HTMLElement | null>,
  sections: readonly SectionHeading[],
  read: boolean,
): SectionProgress {
  const [furthest, setFurthest] = useState({ index: 0, fraction: 0 });
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const section = currentSection(text, [...sections]);
      const index = section ? sections.indexOf(section) : 0;
      const fraction = readingFraction(text);
      setFurthest((old) =>
        index > old.index || fraction > old.fraction
          ? { index: Math.max(index, old.index), fraction: Math.max(fraction, old.fraction) }
          : old,
      );
    };
    const onScroll = () => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.cancelAnimationFrame(frame);
    };
  }, [textRef, sections]);
  const finished = new Set(
    read ? sections.map((s) => s.id) : sections.slice(0, furthest.index).map((s) => s.id),
  );
  return { finished, fraction: read ? 1 : furthest.fraction };
}
