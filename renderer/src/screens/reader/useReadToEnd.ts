import { useEffect, useState, type RefObject } from 'react';
import { invoke } from '../../api/contractClient';

/**
 * Records "read" when the learner reaches the end of the module: an IntersectionObserver watches a marker
 * after the text and calls progress.markRead once. Returns whether the module counts as read.
 */
export function useReadToEnd(
  courseId: string,
  moduleId: string,
  markerRef: RefObject<HTMLElement | null>,
  alreadyRead: boolean,
): boolean {
  const [read, setRead] = useState(alreadyRead);
  useEffect(() => {
    const marker = markerRef.current;
    if (read || !marker) return;
    let sending = false;
    const observer = new IntersectionObserver((entries) => {
      if (sending || !entries.some((entry) => entry.isIntersecting)) return;
      sending = true;
      invoke('progress.markRead', { courseId, moduleId }).then(
        () => {
          observer.disconnect();
          setRead(true);
        },
        () => {
          sending = false; // the next time the end comes into view tries again
        },
      );
    });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [courseId, moduleId, markerRef, read]);
  return read;
}
