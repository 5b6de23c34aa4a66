import type { ChannelHandlers } from '../app/channelHandlers';
import { requireSignedIn } from '../app/session';
import { renderReferencesHtml } from '../course/render/courseHtml';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { removeBookmark, saveBookmark } from '../progress/bookmarks';
import { saveLastPosition } from '../progress/lastPosition';
import { saveModuleNote } from '../progress/moduleNotes';
import { markModuleOpened, markModuleReadToEnd } from '../progress/moduleProgress';
import { recordHeartbeat } from '../progress/timeOnTask';
import { getCourseTime, getModuleTimes } from '../progress/timeOnTaskTotals';
import type { CourseSearch } from '../search/courseSearch';
import { buildCourseDashboard } from './courseDashboard';
import { acknowledgeDisclosures } from './courseDisclosure';
import { buildCourseHome } from './courseHome';
import { moduleRef, requireModule } from './courseModuleRef';
import { findLastPlace } from './lastPlace';
import { courseLinkTargets } from './linkTargets';
import { readModuleForReading } from './moduleReading';
import { carryProgressToCurrentVersion } from './versionCarryOver';

type PlayerChannel =
  | 'courses.home'
  | 'courses.references'
  | 'courses.search'
  | 'courses.dashboard'
  | 'courses.acknowledgeDisclosures'
  | 'modules.read'
  | 'progress.markOpened'
  | 'progress.savePosition'
  | 'progress.markRead'
  | 'progress.lastPlace'
  | 'progress.heartbeat'
  | 'notes.save'
  | 'bookmarks.add'
  | 'bookmarks.remove';

/**
 * The channels of the player screens. Each resolves the course from the library (so records always name the
 * version being played) and acts for the session's learner only.
 */
export function createPlayerHandlers(
  db: LearnerDb,
  library: CourseLibrary,
  search: CourseSearch,
  now: () => number,
): Pick<ChannelHandlers, PlayerChannel> {
  const moduleOf = (courseId: string, moduleId: string) => {
    const course = library.get(courseId);
    return { course, module: requireModule(course, moduleId) };
  };
  return {
    'courses.home': ({ courseId }, session) => {
      const learnerId = requireSignedIn(session);
      const course = library.get(courseId);
      carryProgressToCurrentVersion(db, learnerId, course);
      return buildCourseHome(db, learnerId, course, now());
    },
    'courses.references': ({ courseId }) => ({
      html: renderReferencesHtml(library.get(courseId), courseLinkTargets(courseId)).html,
    }),
    'courses.search': ({ courseId, query }) => search.search(library.get(courseId), query),
    'courses.dashboard': ({ courseId }, session) =>
      buildCourseDashboard(db, requireSignedIn(session), library.get(courseId), now()),
    'courses.acknowledgeDisclosures': ({ courseId }, session) => ({
      acknowledgedAt: acknowledgeDisclosures(db, requireSignedIn(session), library.get(courseId), now()),
    }),
    'modules.read': ({ courseId, moduleId }, session) => {
      const learnerId = requireSignedIn(session);
      const course = library.get(courseId);
      carryProgressToCurrentVersion(db, learnerId, course);
      return readModuleForReading(db, learnerId, course, moduleId, now());
    },
    'progress.savePosition': ({ courseId, moduleId, scroll }, session) => {
      const { course, module } = moduleOf(courseId, moduleId);
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
      const { course, module } = moduleOf(courseId, moduleId);
      carryProgressToCurrentVersion(db, learnerId, course);
      markModuleOpened(db, learnerId, moduleRef(course, module), now());
      return { opened: true };
    },
    'progress.markRead': ({ courseId, moduleId }, session) => {
      const { course, module } = moduleOf(courseId, moduleId);
      markModuleReadToEnd(db, requireSignedIn(session), moduleRef(course, module), now());
      return { readToEnd: true };
    },
    'progress.lastPlace': (_input, session) => findLastPlace(db, requireSignedIn(session), library),
    'progress.heartbeat': ({ courseId, moduleId, beatId }, session) => {
      const learnerId = requireSignedIn(session);
      const { course, module } = moduleOf(courseId, moduleId);
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
    'notes.save': ({ courseId, moduleId, text }, session) => {
      const { course, module } = moduleOf(courseId, moduleId);
      const saved = saveModuleNote(
        db,
        requireSignedIn(session),
        { courseId: course.id, courseVersion: course.version, moduleId: module.id, text },
        now(),
      );
      return { savedAt: saved?.updatedAt ?? now() };
    },
    'bookmarks.add': ({ courseId, moduleId, anchor, label }, session) => {
      const { course, module } = moduleOf(courseId, moduleId);
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
