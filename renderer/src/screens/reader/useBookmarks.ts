import { useCallback, useState } from 'react';
import { invoke } from '../../api/contractClient';
import { useAction } from '../../ui/useAction';

/** One bookmark: a section's anchor and the words shown for it. */
export interface Bookmark {
  anchor: string;
  label: string;
}

/** The module's bookmarks, kept in step with bookmarks.add and bookmarks.remove. */
export function useBookmarks(courseId: string, moduleId: string, initial: Bookmark[]) {
  const [list, setList] = useState(initial);
  const action = useAction();
  const { run } = action;
  const add = useCallback(
    (bookmark: Bookmark) => {
      void run(
        () => invoke('bookmarks.add', { courseId, moduleId, ...bookmark }),
        `Bookmarked “${bookmark.label}”.`,
      ).then((saved) => {
        if (saved) setList((old) => [...old.filter((b) => b.anchor !== bookmark.anchor), bookmark]);
      });
    },
    [courseId, moduleId, run],
  );
  /** Resolves true once the bookmark is gone. */
  const remove = useCallback(
    async (anchor: string): Promise<boolean> => {
      const label = list.find((b) => b.anchor === anchor)?.label ?? 'the bookmark';
      const removed = await run(
        () => invoke('bookmarks.remove', { courseId, moduleId, anchor }),
        `Removed “${label}”.`,
      );
      if (removed) setList((old) => old.filter((b) => b.anchor !== anchor));
      return removed !== undefined;
    },
    [courseId, moduleId, run, list],
  );
  return { list, add, remove, state: action.state, busy: action.busy };
}
