import fs from 'node:fs';
import path from 'node:path';
import type { CourseSummary } from '../../contract/channels';
import { CoreError } from '../coreError';
import { loadCoursePackage } from '../course/courseLoader';
import type { CoursePackage, CourseProblem } from '../course/courseTypes';
import { resolveCourseAssetPath } from './courseAssetPath';
import { compareVersions } from './versionOrder';

/** Where courses come from: shipped with the app, or imported by the learner into the data directory. */
export interface CourseRoot {
  dir: string;
  source: 'bundled' | 'preloaded' | 'imported';
}

interface LibraryEntry {
  folder: string;
  source: CourseRoot['source'];
  course: CoursePackage | null;
  problems: CourseProblem[];
}

function listPackageFolders(root: CourseRoot): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(root.dir);
  } catch {
    return []; // A missing imported-courses folder just means nothing was imported yet.
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .map((name) => path.join(root.dir, name))
    .filter((folder) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false)
    .sort();
}

/**
 * The courses the app can play. A broken package never stops the app: it is listed as unavailable, with the
 * validator's problems, and every other course still plays.
 */
export class CourseLibrary {
  private entries: LibraryEntry[] = [];

  constructor(private readonly roots: readonly CourseRoot[]) {
    this.refresh();
  }

  /** Reads every package folder again, e.g. after an import. */
  refresh(): void {
    this.entries = this.roots.flatMap((root) =>
      listPackageFolders(root).map((folder) => {
        const { course, problems } = loadCoursePackage(folder);
        return { folder, source: root.source, course, problems };
      }),
    );
  }

  /**
   * Every course as the library screen shows it: the newest playable version of each course id, and every package
   * that cannot be played (with its problems). Older versions stay installed, for the records made on them.
   */
  list(): CourseSummary[] {
    const shown = this.entries.filter(
      (entry) => !entry.course || this.newest(entry.course.id) === entry.course,
    );
    return shown.map(({ folder, source, course, problems }) => ({
      id: course?.id ?? path.basename(folder),
      version: course?.version ?? '',
      title: course?.title ?? path.basename(folder),
      subtitle: course?.subtitle ?? null,
      source,
      available: course !== null,
      moduleCount: course?.modules.length ?? 0,
      estimatedMinutes: course?.estimate.totalMinutes ?? 0,
      creditHours: course?.credit.hours ?? null,
      problems,
      folder,
    }));
  }

  /** The newest playable version of a course; a clear error when it is missing or broken. */
  get(courseId: string): CoursePackage {
    const newest = this.newest(courseId);
    if (newest) return newest;
    if (this.entries.some((entry) => path.basename(entry.folder) === courseId)) {
      throw new CoreError(
        'course_invalid',
        `The course "${courseId}" cannot be opened because its package has errors. The library lists them.`,
      );
    }
    throw new CoreError('not_found', `There is no course "${courseId}" in the library.`);
  }

  /** One exact version of a course, when it is still installed (records made on it name it). */
  findVersion(courseId: string, version: string): CoursePackage | null {
    return this.playable().find((course) => course.id === courseId && course.version === version) ?? null;
  }

  /** The real path of an image inside the newest playable version of a course, or null. */
  resolveAsset(courseId: string, relativePath: string): string | null {
    const course = this.newest(courseId);
    return course ? resolveCourseAssetPath(course.rootDir, relativePath) : null;
  }

  private playable(): CoursePackage[] {
    return this.entries.flatMap((entry) => (entry.course ? [entry.course] : []));
  }

  private newest(courseId: string): CoursePackage | undefined {
    return this.playable()
      .filter((course) => course.id === courseId)
      .reduce<CoursePackage | undefined>(
        (best, course) => (!best || compareVersions(course.version, best.version) > 0 ? course : best),
        undefined,
      );
  }
}
