import fs from 'node:fs';
import path from 'node:path';
import type { CourseSummary } from '../../contract/channels';
import { CoreError } from '../coreError';
import { loadCoursePackage } from '../course/courseLoader';
import type { CoursePackage, CourseProblem } from '../course/courseTypes';
import { resolveCourseAssetPath } from './courseAssetPath';

/** Where courses come from: shipped with the app, or imported by the learner into the data directory. */
export interface CourseRoot {
  dir: string;
  source: 'bundled' | 'imported';
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

function fallbackTitle(folder: string): string {
  return path.basename(folder);
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

  /** Every course found, available or not, as the library screen shows it. */
  list(): CourseSummary[] {
    return this.entries.map(({ folder, source, course, problems }) => ({
      id: course?.id ?? path.basename(folder),
      version: course?.version ?? '',
      title: course?.title ?? fallbackTitle(folder),
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

  /** The playable course with this id; a clear error when it is missing or broken. */
  get(courseId: string): CoursePackage {
    const matches = this.entries.filter(
      (entry) => (entry.course?.id ?? path.basename(entry.folder)) === courseId,
    );
    const playable = matches.find((entry) => entry.course !== null)?.course;
    if (playable) return playable;
    if (matches.length > 0) {
      throw new CoreError(
        'course_invalid',
        `The course "${courseId}" cannot be opened because its package has errors. The library lists them.`,
      );
    }
    throw new CoreError('not_found', `There is no course "${courseId}" in the library.`);
  }

  /** The real path of an image inside a playable course, or null. */
  resolveAsset(courseId: string, relativePath: string): string | null {
    const entry = this.entries.find((candidate) => candidate.course?.id === courseId);
    return entry?.course ? resolveCourseAssetPath(entry.course.rootDir, relativePath) : null;
  }
}
