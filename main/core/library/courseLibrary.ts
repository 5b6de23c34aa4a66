import fs from 'node:fs';
import path from 'node:path';
import type { CourseSummary } from '../../contract/channels';
import { CoreError } from '../coreError';
import type { CoursePackage, CourseProblem } from '../course/courseTypes';
import { resolveCourseAssetPath } from './courseAssetPath';
import type { CourseRoot, LibraryEntry } from './libraryEntry';
import { loadLibraryEntry } from './libraryEntry';
import type { PackageIdentity } from './shadowRule';
import { shadowRefusal } from './shadowRule';
import { compareVersions } from './versionOrder';

export type { CourseRoot } from './libraryEntry';

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
 * validator's problems, and every other course still plays. An imported package that would stand in for a bundled
 * or preloaded course without its provider's signature is listed the same way (shadowRule.ts).
 */
export class CourseLibrary {
  private entries: LibraryEntry[] = [];
  /** Imported entries the shadow rule refuses, with the reason as a problem. */
  private refused = new Map<LibraryEntry, CourseProblem>();

  constructor(private readonly roots: readonly CourseRoot[]) {
    this.refresh();
  }

  /** Reads every package folder again. */
  refresh(): void {
    this.entries = this.roots.flatMap((root) =>
      listPackageFolders(root).map((folder) => loadLibraryEntry(folder, root)),
    );
    this.applyShadowRule();
  }

  /** Loads one package folder just placed in the imported root (after an import), leaving the others as they are. */
  addImported(folder: string): void {
    const root = this.roots.find((candidate) => candidate.source === 'imported');
    if (!root) return;
    this.entries = [
      ...this.entries.filter((entry) => entry.folder !== folder),
      loadLibraryEntry(folder, root),
    ];
    this.applyShadowRule();
  }

  /**
   * The bundled and preloaded packages, whose ids an import may take only with the same provider key. For a bundled
   * root with the build's record, the record says what they are, whatever the folder holds now.
   */
  protectedPackages(): PackageIdentity[] {
    return this.roots.flatMap((root): PackageIdentity[] => {
      if (root.source === 'imported') return [];
      if (root.digests) {
        return root.digests.map(({ courseId, version, provider }) => ({
          courseId,
          version,
          provider,
          source: root.source,
        }));
      }
      return this.entries
        .filter(
          (entry) => entry.source === root.source && entry.folder.startsWith(root.dir) && entry.identity,
        )
        .map((entry) => ({
          courseId: entry.identity?.courseId ?? '',
          version: entry.identity?.version ?? '',
          provider: entry.provider,
          source: root.source,
        }));
    });
  }

  /**
   * Every course as the library screen shows it: the newest playable version of each course id, and every package
   * that cannot be played (with its problems). Older versions stay installed, for the records made on them.
   * `profileName` gives the name of the profile that imported a package (null for one since deleted).
   */
  list(profileName: (learnerId: string) => string | null = () => null): CourseSummary[] {
    const shown = this.entries.filter((entry) => {
      const course = this.playable(entry);
      return !course || this.newest(course.id) === course;
    });
    return shown.map((entry) => {
      const course = this.playable(entry);
      const { folder, source, identity, imported } = entry;
      const refusal = this.refused.get(entry);
      return {
        id: course?.id ?? identity?.courseId ?? path.basename(folder),
        version: course?.version ?? identity?.version ?? '',
        title: course?.title ?? entry.loaded?.title ?? path.basename(folder),
        subtitle: course?.subtitle ?? null,
        source,
        importedBy: imported?.importedBy ? profileName(imported.importedBy) : null,
        importedAt: imported?.importedAt ?? null,
        signedBy: entry.provider,
        available: course !== null,
        moduleCount: course?.modules.length ?? 0,
        estimatedMinutes: course?.estimate.totalMinutes ?? 0,
        creditHours: course?.credit.hours ?? null,
        problems: refusal ? [refusal, ...entry.problems] : entry.problems,
        folder,
      };
    });
  }

  /** The newest playable version of a course; a clear error when it is missing or broken. */
  get(courseId: string): CoursePackage {
    const newest = this.newest(courseId);
    if (newest) return newest;
    if (
      this.entries.some((entry) => (entry.identity?.courseId ?? path.basename(entry.folder)) === courseId)
    ) {
      throw new CoreError(
        'course_invalid',
        `The course "${courseId}" cannot be opened because its package has errors. The library lists them.`,
      );
    }
    throw new CoreError('not_found', `There is no course "${courseId}" in the library.`);
  }

  /** One exact version of a course, when it is still installed (records made on it name it). */
  findVersion(courseId: string, version: string): CoursePackage | null {
    return this.allPlayable().find((course) => course.id === courseId && course.version === version) ?? null;
  }

  /** The real path of an image inside the newest playable version of a course, or null. */
  resolveAsset(courseId: string, relativePath: string): string | null {
    const course = this.newest(courseId);
    return course ? resolveCourseAssetPath(course.rootDir, relativePath) : null;
  }

  /** Imported packages are checked oldest version first against the bundled and preloaded ones. */
  private applyShadowRule(): void {
    const protectedOnes = this.protectedPackages();
    this.refused = new Map();
    for (const entry of this.entries) {
      const course = entry.loaded;
      if (entry.source !== 'imported' || !course) continue;
      const why = shadowRefusal(
        { courseId: course.id, version: course.version, provider: entry.provider },
        protectedOnes,
      );
      if (why)
        this.refused.set(entry, { severity: 'error', file: 'course.yml', line: 1, column: 1, message: why });
    }
  }

  private playable(entry: LibraryEntry): CoursePackage | null {
    return this.refused.has(entry) ? null : entry.loaded;
  }

  private allPlayable(): CoursePackage[] {
    return this.entries.flatMap((entry) => {
      const course = this.playable(entry);
      return course ? [course] : [];
    });
  }

  private newest(courseId: string): CoursePackage | undefined {
    return this.allPlayable()
      .filter((course) => course.id === courseId)
      .reduce<CoursePackage | undefined>(
        (best, course) => (!best || compareVersions(course.version, best.version) > 0 ? course : best),
        undefined,
      );
  }
}
