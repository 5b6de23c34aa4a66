import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import { requireSignedIn } from '../app/session';
import { moduleRef, requireCourseModule } from '../modules/courseModuleRef';
import { findLastPlace } from './lastPlace';
import { saveLastPosition } from './lastPosition';
import { markModuleOpened, markModuleReadToEnd } from './moduleProgress';
import { recordHeartbeat } from './timeOnTask';
import { getCourseTime, getModuleTimes } from './timeOnTaskTotals';
import { carryProgressToCurrentVersion } from './versionCarryOver';

/**
 * The reading-progress channels: opening and reading a module to its end, the reading position, the last place
 * read and study-time heartbeats. Each resolves the course from the library (so records always name the version
 * being played) and acts for the session's learner only.
 */
export function createProgressHandlers({ db, library, now }: HandlerContext): NamespaceHandlers<'progress'> {
  return {
    'progress.savePosition': ({ courseId, moduleId, scroll }, session) => {
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      saveLastPosition(
        db,
        requireSignedIn(session),
        { courseId: course.id, courseVersion: course.version, moduleId: module.id, scrollFraction: scroll },
        now(),
      );
      return { saved: true };
    },
    'progress.markOpened': ({ courseId, moduleId }, session) => {
      const learnerId = requireSignedIn(session);
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      carryProgressToCurrentVersion(db, learnerId, course);
      markModuleOpened(db, learnerId, moduleRef(course, module), now());
      return { opened: true };
    },
    'progress.markRead': ({ courseId, moduleId }, session) => {
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      markModuleReadToEnd(db, requireSignedIn(session), moduleRef(course, module), now());
      return { readToEnd: true };
    },
    'progress.lastPlace': (_input, session) => findLastPlace(db, requireSignedIn(session), library),
    'progress.heartbeat': ({ courseId, moduleId, beatId }, session) => {
      const learnerId = requireSignedIn(session);
      const { course, module } = requireCourseModule(library, courseId, moduleId);
      const result = recordHeartbeat(
        db,
        learnerId,
        { courseId: course.id, courseVersion: course.version, moduleId: module.id, beatId },
        now(),
      );
      const moduleMs =
        getModuleTimes(db, learnerId, course.id, course.version).find((t) => t.moduleId === module.id)
          ?.activeMs ?? 0;
      return {
        creditedSeconds: result.creditedMs / 1000,
        moduleMinutes: moduleMs / 60_000,
        courseMinutes: getCourseTime(db, learnerId, course.id) / 60_000,
      };
    },
  };
}
