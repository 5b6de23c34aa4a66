import { useEffect, useRef } from 'react';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { scrollToId } from '../../ui/scrollToElement';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { FigureDialog } from '../reader/FigureDialog';
import { useOpenFigure } from '../reader/useOpenFigure';

/** The text of the heading that opens the html, if it opens with an h1 (parsed inertly: nothing runs). */
function openingHeading(html: string): string | null {
  if (!html.trimStart().startsWith('<h1')) return null;
  return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() || null;
}

/**
 * The course's references (html sanitised by the core, figures open full size), opened at a cited entry when the
 * address names one.
 */
export function ReferencesScreen({ courseId, anchor }: { courseId: string; anchor: string | null }) {
  const references = useChannel('courses.references', { courseId }, courseId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const ready = references.status === 'ready';
  // The page's h1 takes the references' own opening heading, which the stylesheet then does not repeat.
  const ownHeading = ready ? openingHeading(references.value.html) : null;
  const figures = useOpenFigure(listRef, ready ? references.value.html : null);
  useEffect(() => {
    if (anchor !== null && ready && scrollToId(listRef.current, anchor)) return;
    headingRef.current?.focus();
  }, [anchor, ready]);
  return (
    <>
      <CourseBreadcrumb courseId={courseId} />
      <h1 ref={headingRef} tabIndex={-1}>
        {ownHeading ?? 'References'}
      </h1>
      <StatusMessage state={references} what="the references" />
      {references.status === 'ready' && (
        <div
          ref={listRef}
          className={ownHeading ? 'references repeats-title' : 'references'}
          dangerouslySetInnerHTML={{ __html: references.value.html }}
        />
      )}
      {figures.figure && <FigureDialog figure={figures.figure} onClose={figures.close} />}
    </>
  );
}
