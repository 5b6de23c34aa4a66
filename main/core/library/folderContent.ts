/** Byte-for-byte comparison of two package folders, to tell a repeated import from a changed package. */
import fs from 'node:fs';
import path from 'node:path';

/** Relative path of every regular file to its size; null when the folder holds links or other special files. */
function listFiles(root: string): Map<string, number> | null {
  const files = new Map<string, number>();
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop() ?? '';
    for (const dirent of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? dirent.name : `${rel}/${dirent.name}`;
      if (dirent.isDirectory()) pending.push(child);
      else if (dirent.isFile()) files.set(child, fs.statSync(path.join(root, child)).size);
      else return null;
    }
  }
  return files;
}

/**
 * True when both folders hold the same files with the same bytes (empty folders do not count). A folder with a
 * symbolic link or any special file is never the same as an imported package, which cannot hold one.
 */
export function sameFolderContent(a: string, b: string): boolean {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  if (!filesA || !filesB || filesA.size !== filesB.size) return false;
  for (const [rel, size] of filesA) {
    if (filesB.get(rel) !== size) return false;
  }
  for (const rel of filesA.keys()) {
    const parts = rel.split('/');
    if (!fs.readFileSync(path.join(a, ...parts)).equals(fs.readFileSync(path.join(b, ...parts))))
      return false;
  }
  return true;
}
