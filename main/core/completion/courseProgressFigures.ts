import type { CourseProgressFigures } from '../../contract/playerSchemas';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getCourseProgress } from '../progress/moduleProgress';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { passedModuleQuizzes } from './passedModuleQuizzes';
import { requiredStudyMinutes } from './studyTimeRule';

/**
 * The learner's progress in numbers, worked out once for every screen that shows it (course home, dashboard,
 * reader), so they all count the same way. A module is done when it is read to the end (and has not changed
 * since) and its quiz is passed; study time counts across the course's versions, as the completion rules do.
 */
export function courseProgressFigures(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
): CourseProgressFigures {
  const read = new Set(
    getCourseProgress(db, learnerId, course.id, course.version)
      .filter((row) => row.readToEndAt !== null && !row.needsReview)
      .map((row) => row.moduleId),
  );
  const passed = passedModuleQuizzes(db, learnerId, course);
  return {
    modulesDone: course.modules.filter((m) => read.has(m.id) && passed.has(m.id)).length,
    modulesTotal: course.modules.length,
    recordedMinutes: getCourseTime(db, learnerId, course.id) / 60_000,
    requiredMinutes: requiredStudyMinutes(course),
    estimatedMinutes: course.estimate.totalMinutes,
  };
}
