/**
 * The files of a folder chosen in the browser (`<input webkitdirectory>`): each path starts with the chosen
 * folder's name, which is not part of the package. The same path rules and limits apply as to a zip entry.
 */
import type { CourseProblem } from '../course/courseTypes';
import { checkEntryPath } from './entryPath';
import type { ImportLimits } from './importLimits';
import { describeBytes } from '../course/contentLimits';
import { importProblem, quoted } from './importProblem';
import type { EntryListing, PackageEntry } from './packageEntries';
import { limitProblems } from './packageEntries';

/** One file as the browser sends it: its path relative to the chosen folder's parent, and its bytes. */
export interface FolderFile {
  path: string;
  bytes: Buffer;
}

/** The name problems about the chosen folder as a whole are filed under. */
export function chosenFolderName(files: readonly FolderFile[]): string {
  const first = files[0]?.path.split('/').find((segment) => segment !== '' && segment !== '.');
  return first ?? 'the chosen folder';
}

/** Lists the chosen files with the chosen folder's name stripped from each path. */
export function listFolderFiles(files: readonly FolderFile[], limits: ImportLimits): EntryListing {
  const folderName = chosenFolderName(files);
  if (files.length > limits.maxEntries) {
    const message = `${quoted(folderName)} holds ${files.length} files; a course package may hold at most ${limits.maxEntries}.`;
    return { ok: false, problems: [importProblem(folderName, message)] };
  }
  const problems: CourseProblem[] = [];
  const entries: PackageEntry[] = [];
  for (const file of files) {
    const q = quoted(file.path);
    const checked = checkEntryPath(file.path);
    if (!checked.ok) {
      problems.push(importProblem(file.path, checked.message));
      continue;
    }
    const [top, ...rest] = checked.path.split('/');
    if (rest.length === 0 || checked.folder) {
      problems.push(importProblem(file.path, `${q} is not a file inside the chosen folder.`));
    } else if (top !== folderName) {
      problems.push(importProblem(file.path, `${q} is not inside the chosen folder ${quoted(folderName)}.`));
    } else if (file.bytes.length > limits.maxEntryBytes) {
      problems.push(
        importProblem(
          file.path,
          `${q} is larger than ${describeBytes(limits.maxEntryBytes)}; one file of a course package may not be.`,
        ),
      );
    } else {
      const bytes = file.bytes;
      entries.push({
        name: file.path,
        path: rest.join('/'),
        folder: false,
        size: bytes.length,
        unpack: (remainingBytes) =>
          bytes.length <= remainingBytes ? bytes : `${q} would take the package past its size limit.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems, folderName) };
  return { ok: true, entries };
}
