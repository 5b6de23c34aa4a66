import { moduleQuizStatuses } from '../attempts/attemptSummaries';
import type { ModuleQuizStatus } from '../attempts/attemptSummaries';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getCourseProgress } from '../progress/moduleProgress';
import type { ModuleProgress } from '../progress/moduleProgress';

/**
 * The modules whose quiz counts as passed on the course's current version: passed in an attempt on this version,
 * or passed in an attempt on an earlier version whose module (text and questions) is byte-identical, with the
 * progress carried over from that version (directly or version by version) and not flagged for review. A learner
 * never retakes a quiz on content that did not change, and a progress row alone (its "completed" time) never
 * stands in for a passed attempt.
 */
export function passedModuleQuizzes(db: LearnerDb, learnerId: string, course: CoursePackage): Set<string> {
  const statuses = new Map<string, Map<string, ModuleQuizStatus>>();
  const progress = new Map<string, Map<string, ModuleProgress>>();
  const passedOn = (version: string, moduleId: string): boolean => {
    if (!statuses.has(version)) statuses.set(version, moduleQuizStatuses(db, learnerId, course.id, version));
    return statuses.get(version)?.get(moduleId)?.passed === true;
  };
  const rowOn = (version: string, moduleId: string): ModuleProgress | undefined => {
    if (!progress.has(version)) {
      const rows = getCourseProgress(db, learnerId, course.id, version);
      progress.set(version, new Map(rows.map((row) => [row.moduleId, row])));
    }
    return progress.get(version)?.get(moduleId);
  };
  const passedThroughCarryOver = (moduleId: string, contentHash: string): boolean => {
    const visited = new Set([course.version]);
    let row = rowOn(course.version, moduleId);
    while (row && row.completedAt !== null && !row.needsReview && row.contentHash === contentHash) {
      const from = row.carriedFromVersion;
      if (from === null || visited.has(from)) return false;
      if (passedOn(from, moduleId)) return true;
      visited.add(from);
      row = rowOn(from, moduleId);
    }
    return false;
  };
  return new Set(
    course.modules
      .filter((m) => passedOn(course.version, m.id) || passedThroughCarryOver(m.id, m.contentHash))
      .map((m) => m.id),
  );
}
