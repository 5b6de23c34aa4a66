import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { compareVersions } from '../library/versionOrder';
import { carryOverProgress } from './carryOverProgress';

/**
 * On a learner's first contact with a new version of a course, carries their module progress over from the newest
 * older version they worked on: unchanged modules keep their progress, changed ones are flagged for review (the
 * course home lists them). Later calls find progress on the current version and do nothing.
 */
export function carryProgressToCurrentVersion(db: LearnerDb, learnerId: string, course: CoursePackage): void {
  const versions = (
    db
      .prepare('SELECT DISTINCT course_version FROM module_progress WHERE learner_id = ? AND course_id = ?')
      .pluck()
      .all(learnerId, course.id) as string[]
  ).filter((version) => compareVersions(version, course.version) !== 0);
  if (versions.length === 0) return;
  const hasCurrent = db
    .prepare(
      'SELECT 1 FROM module_progress WHERE learner_id = ? AND course_id = ? AND course_version = ? LIMIT 1',
    )
    .get(learnerId, course.id, course.version);
  if (hasCurrent) return;
  const older = versions.filter((version) => compareVersions(version, course.version) < 0);
  const from = older.sort(compareVersions).at(-1);
  if (from === undefined) return; // only newer versions were worked on; nothing to carry down
  carryOverProgress(
    db,
    learnerId,
    course.id,
    from,
    course.version,
    course.modules.map((module) => ({ moduleId: module.id, newHash: module.contentHash })),
  );
}
