import type React from 'react';
import { useRef, type RefObject } from 'react';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { routeHref } from '../../app/routes';
import { scrollToId } from '../../ui/scrollToElement';
import type { useBookmarks } from './useBookmarks';

/** The learner's bookmarks in this module: each opens its section in place and can be removed. */
export function BookmarksPanel({
  courseId,
  moduleId,
  bookmarks,
  containerRef,
}: {
  courseId: string;
  moduleId: string;
  bookmarks: ReturnType<typeof useBookmarks>;
  containerRef: RefObject<HTMLElement | null>;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The removed bookmark's button goes away with it; keep keyboard focus in the panel.
  const remove = async (anchor: string) => {
    if (await bookmarks.remove(anchor)) headingRef.current?.focus();
  };
  const follow = (event: React.MouseEvent<HTMLAnchorElement>, anchor: string) => {
    event.preventDefault();
    scrollToId(containerRef.current, anchor);
  };
  return (
    <section aria-labelledby="module-bookmarks" className="bookmarks-panel">
      <h2 id="module-bookmarks" ref={headingRef} tabIndex={-1}>
        Bookmarks
      </h2>
      {bookmarks.list.length === 0 ? (
        <p className="status">No bookmarks yet. Use “Bookmark this section” to add one.</p>
      ) : (
        <ul className="bookmark-list">
          {bookmarks.list.map((bookmark) => (
            <li key={bookmark.anchor}>
              <a
                href={routeHref({ screen: 'module', courseId, moduleId, anchor: bookmark.anchor })}
                onClick={(event) => follow(event, bookmark.anchor)}
              >
                {bookmark.label}
              </a>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove bookmark: ${bookmark.label}`}
                onClick={() => void remove(bookmark.anchor)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback state={bookmarks.state} />
    </section>
  );
}
