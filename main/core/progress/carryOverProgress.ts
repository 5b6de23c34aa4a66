import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { mergeModuleProgress, sameProgressRow } from './mergeModuleProgress';
import { readProgressRow, writeProgressRow } from './moduleProgress';
import { readId } from './progressInput';

/** One module of the new course version, with its content hash before (if it existed) and now. */
export interface CarryOverModule {
  readonly moduleId: string;
  readonly oldHash?: string;
  readonly newHash: string;
}

/** Which modules kept the learner's progress as it was, and which need a fresh look. */
export interface CarryOverResult {
  /** Progress copied to the new version unchanged: the learner read exactly this content. */
  readonly carried: string[];
  /** The learner has progress here, but on different content: copied with needs_review set. */
  readonly needsReview: string[];
}

/**
 * Copies the learner's module progress from one course version to the next. A module counts as unchanged
 * only when its old and new hashes match and the learner's record is about that same content; otherwise
 * the record is still copied (nothing is lost) but flagged needs_review and listed. Modules the learner
 * never touched are skipped. The old version's records stay. Running it twice changes nothing.
 * Time on task is not copied: it belongs to the version in which it was spent.
 */
export function carryOverProgress(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  fromVersion: string,
  toVersion: string,
  modules: readonly CarryOverModule[],
): CarryOverResult {
  const course = readId(courseId, 'Course id');
  const from = readId(fromVersion, 'Previous course version');
  const to = readId(toVersion, 'New course version');
  if (from === to) throw new CoreError('invalid_input', 'The previous and new course versions are the same.');
  if (!Array.isArray(modules)) throw new CoreError('invalid_input', 'The module list is missing.');
  const checked = modules.map((module) => ({
    moduleId: readId(module?.moduleId, 'Module id'),
    oldHash: module?.oldHash === undefined ? undefined : readId(module.oldHash, 'Previous content hash'),
    newHash: readId(module?.newHash, 'New content hash'),
  }));
  return db
    .transaction((): CarryOverResult => {
      requireLearner(db, learnerId);
      const result: CarryOverResult = { carried: [], needsReview: [] };
      for (const module of checked) {
        const old = readProgressRow(db, learnerId, course, from, module.moduleId);
        if (!old) continue;
        const unchanged =
          (module.oldHash === undefined || module.oldHash === module.newHash) &&
          old.content_hash === module.newHash;
        const carried = {
          ...old,
          course_version: to,
          carried_from_version: from,
          needs_review: unchanged ? old.needs_review : 1,
        };
        const existing = readProgressRow(db, learnerId, course, to, module.moduleId);
        const merged = mergeModuleProgress(existing, carried);
        if (!sameProgressRow(existing, merged)) writeProgressRow(db, merged);
        (unchanged && carried.needs_review === 0 ? result.carried : result.needsReview).push(module.moduleId);
      }
      return result;
    })
    .immediate();
}
