import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { carryProgressToCurrentVersion } from '../progress/versionCarryOver';
import { readModuleForReading } from './moduleReading';

/**
 * Reading a module: its text and the learner's place in it. It records nothing of its own (the reader calls
 * progress.markOpened once the text is on screen), except carrying progress onto a newer course version, once.
 */
export function createModulesHandlers({ db, library, now }: HandlerContext): NamespaceHandlers<'modules'> {
  return {
    'modules.read': ({ courseId, moduleId }, session) => {
      const learnerId = requireSignedIn(session);
      const course = library.get(courseId);
      carryProgressToCurrentVersion(db, learnerId, course);
      return readModuleForReading(db, learnerId, course, moduleId, now());
    },
  };
}
