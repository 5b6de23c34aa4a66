import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { CourseLibrary } from '../library/courseLibrary';

/**
 * The installed course version an imported record belongs to: every imported claim is checked against the course it
 * was made on, so a record for a version missing here cannot be imported (`CoreError('conflict')`, naming the
 * version and `what` the file holds for it, such as "quiz results").
 */
export function requireInstalledVersion(
  library: CourseLibrary,
  courseId: string,
  version: string,
  what: string,
): CoursePackage {
  const course = library.findVersion(courseId, version);
  if (course) return course;
  throw new CoreError(
    'conflict',
    `This file has ${what} for version ${version} of the course "${courseId}", which is not installed on this ` +
      'computer, so they cannot be checked. Add that version of the course to the library, then import the file ' +
      'again. Nothing was imported.',
  );
}
