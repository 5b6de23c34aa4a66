import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';

/** What most namespaces' handlers work with: the learner database, the course library and the core's clock. */
export interface HandlerContext {
  db: LearnerDb;
  library: CourseLibrary;
  /** The clock, in Unix ms. */
  now: () => number;
}
