import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { requireCourseModule } from '../modules/courseModuleRef';
import { saveModuleNote } from './moduleNotes';

/** The learner's note on a module of the course's current version (an empty text removes it). */
export function createNotesHandlers({ db, library, now }: HandlerContext): NamespaceHandlers<'notes'> {
  return {
    'notes.save': ({ courseId, moduleId, text }, session) => {
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      const saved = saveModuleNote(
        db,
        requireSignedIn(session),
        { courseId: course.id, courseVersion: course.version, moduleId: module.id, text },
        now(),
      );
      return { savedAt: saved?.updatedAt ?? now() };
    },
  };
}
