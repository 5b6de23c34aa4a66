import type { CourseModule, CoursePackage } from '../course/courseTypes';
import { CoreError } from '../coreError';
import type { CourseLibrary } from '../library/courseLibrary';
import type { ModuleRef } from '../progress/progressInput';

/** The module of a course, or a not_found error that names both. */
export function requireModule(course: CoursePackage, moduleId: string): CourseModule {
  const module = course.modules.find((candidate) => candidate.id === moduleId);
  if (!module) throw new CoreError('not_found', `The course "${course.title}" has no module "${moduleId}".`);
  return module;
}

/** How the records name a module: course id and version, module id, and the content the learner saw. */
export function moduleRef(course: CoursePackage, module: CourseModule): ModuleRef {
  return {
    courseId: course.id,
    courseVersion: course.version,
    moduleId: module.id,
    contentHash: module.contentHash,
  };
}

/** The library's current version of a course and one of its modules, or not_found naming what is missing. */
export function requireCourseModule(
  library: CourseLibrary,
  courseId: string,
  moduleId: string,
): { course: CoursePackage; module: CourseModule } {
  const course = library.get(courseId);
  return { course, module: requireModule(course, moduleId) };
}
