import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { listLastPositions } from './lastPosition';

/** Where the learner last read: a course and one of its modules. */
export interface LastPlace {
  courseId: string;
  moduleId: string;
}

/**
 * The module the learner last read, in any course: the most recently saved reading position whose course still
 * plays and still has that module (a course removed, broken or rewritten since is passed over for the one before).
 * Null for a learner who has read nothing yet. The reader then opens it at the saved position.
 */
export function findLastPlace(db: LearnerDb, learnerId: string, library: CourseLibrary): LastPlace | null {
  const newestFirst = [...listLastPositions(db, learnerId)].sort((a, b) => b.updatedAt - a.updatedAt);
  for (const position of newestFirst) {
    let modules: readonly { id: string }[];
    try {
      modules = library.get(position.courseId).modules;
    } catch (error) {
      if (error instanceof CoreError) continue;
      throw error;
    }
    if (modules.some((module) => module.id === position.moduleId)) {
      return { courseId: position.courseId, moduleId: position.moduleId };
    }
  }
  return null;
}
