/**
 * The quota of imported courses: how much disk they take together, how many versions of one course are kept, and
 * how many packages there are (each is read at every start). A refused import names what is full and where.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeBytes } from '../course/contentLimits';
import type { ImportLimits } from './importLimits';
import { listPackageFolder } from './packageFolderFiles';
import type { PresentCourse } from './presentCourses';
import { findPresentCourses } from './presentCourses';
import { compareVersions } from './versionOrder';

/** What the imported courses take now. */
export interface ImportedUsage {
  bytes: number;
  /** Every imported package folder (a folder that is not a readable package counts for its bytes only). */
  packageFolders: number;
  courses: PresentCourse[];
}

/** Measures `<dataDir>/courses` (the staging and record folders, whose names start with '.', are not counted). */
export function measureImportedCourses(coursesDir: string, limits: ImportLimits): ImportedUsage {
  let names: string[];
  try {
    names = fs.readdirSync(coursesDir).filter((name) => !name.startsWith('.'));
  } catch {
    return { bytes: 0, packageFolders: 0, courses: [] };
  }
  let bytes = 0;
  for (const name of names) {
    const listing = listPackageFolder(path.join(coursesDir, name), limits);
    // A folder past the limits was put there by hand; it takes at least the most a package may.
    bytes += listing.ok ? listing.totalBytes : limits.maxTotalBytes;
  }
  return { bytes, packageFolders: names.length, courses: findPresentCourses([coursesDir]) };
}

const removeOld = (coursesDir: string) =>
  `Ask clinic IT to remove imported versions that are no longer needed (in ${coursesDir}).`;

/** Why a package of `incomingBytes` does not fit, or null when it does. */
export function bytesOverQuota(
  usage: ImportedUsage,
  incomingBytes: number,
  limits: ImportLimits,
  coursesDir: string,
): string | null {
  if (usage.bytes + incomingBytes <= limits.maxImportedBytes) return null;
  return (
    `Imported courses already take ${describeBytes(usage.bytes)} of the ${describeBytes(limits.maxImportedBytes)} ` +
    `they may take on this computer, and this package needs ${describeBytes(incomingBytes)} more. ${removeOld(coursesDir)}`
  );
}

/** Why one more version of `courseId` may not be kept, or null when it may. */
export function countOverQuota(
  usage: ImportedUsage,
  courseId: string,
  limits: ImportLimits,
  coursesDir: string,
): string | null {
  const versions = usage.courses.filter((course) => course.id === courseId).map((course) => course.version);
  if (versions.length >= limits.maxVersionsPerCourse) {
    return (
      `The library already keeps ${versions.length} imported versions of "${courseId}" (${versions.sort(compareVersions).join(', ')}), ` +
      `the most it keeps of one course. ${removeOld(coursesDir)}`
    );
  }
  if (usage.packageFolders >= limits.maxImportedPackages) {
    return `The library already holds ${usage.packageFolders} imported course packages, the most it keeps. ${removeOld(coursesDir)}`;
  }
  return null;
}
