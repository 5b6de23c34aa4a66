/**
 * The bundled courses as the build found them. `scripts/build.mjs` records every file of every package in the
 * bundled courses folder with its SHA-256 and embeds the record in the main-process bundles; in a packaged app those
 * live in the asar archive, which Electron's integrity fuse checks. The course files themselves are plain files
 * beside the app, where a per-user install lets the user edit them: at every load a bundled package must match the
 * record, file for file, or it is refused (its id stays taken, so nothing can be imported in its place).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileDigest } from './packageDigests';
import { describeChange, digestFiles, findChangedFile } from './packageDigests';
import type { PackageFolderFile } from './packageFolderFiles';
import { listPackageFolder } from './packageFolderFiles';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import { checkPackageSignature } from './packageSignature';
import { readCourseIdentity } from './presentCourses';

/** One bundled package as built: its folder name, identity, signer and files. */
export interface BundledCourseDigest {
  folder: string;
  courseId: string;
  version: string;
  /** The did:key of a valid provider signature, or null. */
  provider: string | null;
  files: FileDigest[];
}

/**
 * Records every package under `coursesDir`, for the build. Throws when a package cannot be recorded (unreadable,
 * over the size limits, no id, an invalid signature), so a broken bundled course fails the build, not the app.
 */
export function recordBundledCourses(coursesDir: string): BundledCourseDigest[] {
  const folders = fs
    .readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(coursesDir, entry.name))
    .sort();
  return folders.map((folder) => {
    const identity = readCourseIdentity(folder);
    if (!identity)
      throw new Error(`Bundled course ${folder}: course.yml cannot be read for its id and version.`);
    const listing = listPackageFolder(folder, DEFAULT_IMPORT_LIMITS);
    if (!listing.ok) throw new Error(`Bundled course ${folder}: ${listing.message}`);
    if (listing.others.length > 0) {
      throw new Error(`Bundled course ${folder}: "${listing.others[0] ?? ''}" is not a file or folder.`);
    }
    const signature = checkPackageSignature(listing.files);
    if (signature.state === 'invalid') throw new Error(`Bundled course ${folder}: ${signature.message}`);
    const provider = signature.state === 'signed' ? signature.provider : null;
    const { id: courseId, version } = identity;
    return { folder: path.basename(folder), courseId, version, provider, files: digestFiles(listing.files) };
  });
}

/**
 * Why a bundled package folder does not match the build's record (a message naming the file), or null when it
 * matches. `files` is the folder's listing.
 */
export function bundledPackageChange(
  folder: string,
  files: readonly PackageFolderFile[],
  others: readonly string[],
  recorded: readonly BundledCourseDigest[],
): { file: string; message: string } | null {
  const name = path.basename(folder);
  const record = recorded.find((entry) => entry.folder === name);
  const reinstall = 'Reinstall CE Player to restore it; the other courses are not affected.';
  if (!record) {
    return {
      file: 'course.yml',
      message: `The bundled courses folder holds "${name}", which is not a course this copy of CE Player was built with. ${reinstall}`,
    };
  }
  const [other] = others;
  if (other !== undefined) {
    return {
      file: other,
      message: `"${other}" is not a plain file; it was added after CE Player was built. ${reinstall}`,
    };
  }
  const change = findChangedFile(record.files, files);
  if (!change) return null;
  return {
    file: change.path,
    message: `${describeChange(change)} after this copy of CE Player was built, so the bundled course "${record.courseId}" is not the one it shipped with. ${reinstall}`,
  };
}
