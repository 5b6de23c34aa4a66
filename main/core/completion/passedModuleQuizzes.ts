import { moduleQuizStatuses } from '../attempts/attemptSummaries';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getCourseProgress } from '../progress/moduleProgress';

/**
 * The modules whose quiz counts as passed on the course's current version: passed in an attempt on this version,
 * or passed on an earlier version whose module (text and questions) is byte-identical, carried over and not
 * flagged for review. A learner never retakes a quiz on content that did not change.
 */
export function passedModuleQuizzes(db: LearnerDb, learnerId: string, course: CoursePackage): Set<string> {
  const statuses = moduleQuizStatuses(db, learnerId, course.id, course.version);
  const carried = new Set(
    getCourseProgress(db, learnerId, course.id, course.version)
      .filter((row) => row.completedAt !== null && !row.needsReview && row.carriedFromVersion !== null)
      .map((row) => row.moduleId),
  );
  return new Set(
    course.modules.filter((m) => statuses.get(m.id)?.passed || carried.has(m.id)).map((m) => m.id),
  );
}
