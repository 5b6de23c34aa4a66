/** Byte-for-byte comparison of two package folders, to tell a repeated import from a changed package. */
import fs from 'node:fs';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import { listPackageFolder } from './packageFolderFiles';

/**
 * True when both folders hold the same files with the same bytes (empty folders and operating-system clutter do not
 * count). A folder with a symbolic link or any special file is never the same as an imported package, which cannot
 * hold one; nor is a folder past the package limits.
 */
export function sameFolderContent(a: string, b: string): boolean {
  const listA = listPackageFolder(a, DEFAULT_IMPORT_LIMITS);
  const listB = listPackageFolder(b, DEFAULT_IMPORT_LIMITS);
  if (!listA.ok || !listB.ok || listA.others.length + listB.others.length > 0) return false;
  const filesB = listB.files;
  if (listA.files.length !== filesB.length) return false;
  const sameShape = listA.files.every(
    (file, index) => file.path === filesB[index]?.path && file.size === filesB[index]?.size,
  );
  return (
    sameShape &&
    listA.files.every((file, index) =>
      fs.readFileSync(file.absPath).equals(fs.readFileSync(filesB[index]?.absPath ?? '')),
    )
  );
}
