import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { requireCourseModule } from '../modules/courseModuleRef';
import { removeBookmark, saveBookmark } from './bookmarks';

/** The learner's bookmarks on a module's headings: adding one (on the current version) and removing one. */
export function createBookmarksHandlers({
  db,
  library,
  now,
}: HandlerContext): NamespaceHandlers<'bookmarks'> {
  return {
    'bookmarks.add': ({ courseId, moduleId, anchor, label }, session) => {
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      saveBookmark(
        db,
        requireSignedIn(session),
        { courseId: course.id, courseVersion: course.version, moduleId: module.id, anchorId: anchor, label },
        now(),
      );
      return { saved: true };
    },
    'bookmarks.remove': ({ courseId, moduleId, anchor }, session) => {
      removeBookmark(db, requireSignedIn(session), { courseId, moduleId, anchorId: anchor });
      return { removed: true };
    },
  };
}
