import { useEffect, useMemo, useRef } from 'react';
import type { ModuleReading } from '../../../../main/contract/playerSchemas';
import { invoke } from '../../api/contractClient';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { scrollToId } from '../../ui/scrollToElement';
import { BookmarksPanel } from './BookmarksPanel';
import { currentSection } from './currentSection';
import { FigureDialog } from './FigureDialog';
import { ModuleContents } from './ModuleContents';
import { ModuleEnd } from './ModuleEnd';
import { ModuleProgressBar } from './ModuleProgressBar';
import { NotesPanel } from './NotesPanel';
import { ReaderPlace } from './ReaderPlace';
import { ReaderToolbar } from './ReaderToolbar';
import { StudyTimeIndicator } from './StudyTimeIndicator';
import { useActivityHeartbeat } from './useActivityHeartbeat';
import { useBookmarks } from './useBookmarks';
import { useOpenFigure } from './useOpenFigure';
import { useReadingPosition } from './useReadingPosition';
import { useReadToEnd } from './useReadToEnd';
import { useSectionProgress } from './useSectionProgress';

/**
 * The id of the module text's opening heading when it only repeats the title this screen already shows as its
 * h1; the stylesheet then hides it (`.repeats-title`), so the page has one main heading from the first paint.
 */
function titleHeadingId(reading: ModuleReading): string | null {
  const first = reading.headings[0];
  const opensWithIt = reading.html.trimStart().startsWith('<h1');
  return opensWithIt && first && first.level === 1 && first.text.trim() === reading.title.trim()
    ? first.id
    : null;
}

/**
 * Reading one module: where it stands in the course, its text (html sanitised by the core) with figures that open
 * full size, and beside the text (kept on screen) how far the learner has got, whether study time is being
 * recorded, the contents with each finished section checked, and bookmarks; then the next step, notes, text size
 * and print. It records the opening, resumes where the learner left off, records reading to the end and sends
 * time-on-task heartbeats while the learner is active.
 */
export function ModuleReader({ reading, anchor }: { reading: ModuleReading; anchor: string | null }) {
  const { courseId, moduleId } = reading;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const firstFocus = useRef(true);
  const hiddenTitleId = titleHeadingId(reading);
  const sections = useMemo(
    () => reading.headings.filter((heading) => heading.id !== hiddenTitleId),
    [reading.headings, hiddenTitleId],
  );

  // modules.read records nothing (the route may ask for it early); the opening counts once the text is shown. A
  // failure changes nothing on screen, and the next opening records it.
  useEffect(() => {
    invoke('progress.markOpened', { courseId, moduleId }).catch(() => undefined);
  }, [courseId, moduleId]);
  const recording = useActivityHeartbeat(courseId, moduleId, reading.courseProgress.recordedMinutes);
  useReadingPosition(courseId, moduleId, textRef, anchor === null ? reading.scroll : null);
  const read = useReadToEnd(courseId, moduleId, endRef, reading.readToEnd);
  const progress = useSectionProgress(textRef, sections, read);
  const bookmarks = useBookmarks(courseId, moduleId, reading.bookmarks);
  const figures = useOpenFigure(textRef, reading.html);

  // A named place (a link from another page or inside the text) gets scroll and focus; otherwise the title
  // does, without undoing the resumed position when the module first opens.
  useEffect(() => {
    const first = firstFocus.current;
    firstFocus.current = false;
    if (anchor !== null && scrollToId(textRef.current, anchor)) return;
    if (!first) window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: first });
  }, [anchor]);

  const bookmarkSection = () => {
    const section = textRef.current ? currentSection(textRef.current, sections) : null;
    if (section) bookmarks.add({ anchor: section.id, label: section.text });
  };

  return (
    <>
      <CourseBreadcrumb courseId={courseId} />
      <h1 id="module-title" ref={headingRef} tabIndex={-1}>
        {reading.title}
      </h1>
      {reading.needsReview && (
        <p className="notice notice-warning">
          This module changed since your last visit. Read it again before you retake its quiz.
        </p>
      )}
      <ReaderPlace reading={reading} />
      <p className="status">{read ? '' : 'Reading: this module is marked read when you reach its end.'}</p>
      {reading.objectives.length > 0 && (
        <section aria-labelledby="module-objectives" className="module-objectives">
          <h2 id="module-objectives">What you will learn</h2>
          <ul>
            {reading.objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
      <ReaderToolbar onBookmark={bookmarkSection} bookmarkBusy={bookmarks.busy} />
      <div className="reader-layout">
        <div className="reader-aside">
          <ModuleProgressBar number={reading.number} fraction={progress.fraction} />
          <StudyTimeIndicator
            recording={recording}
            requiredMinutes={reading.courseProgress.requiredMinutes}
          />
          <ModuleContents
            courseId={courseId}
            moduleId={moduleId}
            headings={sections}
            finished={progress.finished}
            containerRef={textRef}
          />
          <BookmarksPanel
            courseId={courseId}
            moduleId={moduleId}
            bookmarks={bookmarks}
            containerRef={textRef}
          />
        </div>
        <div className="reader-main">
          <article className="module-body" aria-labelledby="module-title">
            <div
              ref={textRef}
              className={hiddenTitleId ? 'module-text repeats-title' : 'module-text'}
              dangerouslySetInnerHTML={{ __html: reading.html }}
            />
            <div ref={endRef} className="end-marker" />
          </article>
          <ModuleEnd reading={reading} read={read} />
          <NotesPanel courseId={courseId} moduleId={moduleId} initial={reading.note} />
        </div>
      </div>
      {figures.figure && <FigureDialog figure={figures.figure} onClose={figures.close} />}
    </>
  );
}
