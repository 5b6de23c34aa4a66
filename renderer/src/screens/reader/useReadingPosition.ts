import { useEffect, type RefObject } from 'react';
import { invoke } from '../../api/contractClient';

/** How long scrolling must pause before the position is saved. */
const saveDelayMs = 2_000;

/** Where the top of the window is within the module text, from 0 (its start) to 1 (its end). */
export function readingFraction(article: HTMLElement): number {
  const box = article.getBoundingClientRect();
  if (box.height <= 0) return 0;
  return Math.min(1, Math.max(0, -box.top / box.height));
}

/** Scrolls the window so that `fraction` of the module text lies above its top edge. */
export function scrollToFraction(article: HTMLElement, fraction: number): void {
  const box = article.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + box.top + fraction * box.height, behavior: 'auto' });
}

/**
 * Opens the module where the learner left it (`resumeAt`, unless the address names a place), then saves the
 * reading position with progress.savePosition: once on opening (so "continue where you left off" leads here),
 * ~2 s after scrolling pauses, when the page is hidden and when the learner leaves.
 */
export function useReadingPosition(
  courseId: string,
  moduleId: string,
  articleRef: RefObject<HTMLElement | null>,
  resumeAt: number | null,
): void {
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    if (resumeAt !== null && resumeAt > 0) scrollToFraction(article, resumeAt);
    let timer: number | undefined;
    let saved: number | null = null;
    let latest = readingFraction(article);
    const save = () => {
      window.clearTimeout(timer);
      if (latest === saved) return;
      saved = latest;
      invoke('progress.savePosition', { courseId, moduleId, scroll: latest }).catch(() => {
        saved = null; // try again with the next save
      });
    };
    const onScroll = () => {
      // Leaving the screen can fire a scroll after the text is gone; that is not a reading position.
      if (!article.isConnected) return;
      latest = readingFraction(article);
      window.clearTimeout(timer);
      timer = window.setTimeout(save, saveDelayMs);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    save();
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', save);
      save();
    };
    // Only on opening: later changes of resumeAt are this hook's own saves coming back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [courseId, moduleId, articleRef]);
}
