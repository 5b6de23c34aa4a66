/**
 * Who imported each imported package, and when: `<dataDir>/courses/.imports/<package folder>.json`. The library
 * skips names starting with '.', so the records are never taken for packages. A record names the profile by its id
 * only; the library looks up the name to show it, and a deleted profile leaves nothing personal behind.
 */
import fs from 'node:fs';
import path from 'node:path';

const RECORDS_FOLDER = '.imports';
const FORMAT = 'ce-player-course-import';

/** One import: the profile that made it (null when unknown) and when (Unix ms). */
export interface ImportRecord {
  importedBy: string | null;
  importedAt: number;
}

function recordPath(coursesDir: string, packageFolder: string): string {
  return path.join(coursesDir, RECORDS_FOLDER, `${packageFolder}.json`);
}

/** Writes the record of a package just placed at `<coursesDir>/<packageFolder>`. */
export function writeImportRecord(coursesDir: string, packageFolder: string, record: ImportRecord): void {
  const file = recordPath(coursesDir, packageFolder);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ format: FORMAT, version: 1, ...record })}\n`);
}

/**
 * The record of an imported package folder; null when there is none (a package copied in by hand, or imported by an
 * older version of CE Player) or it cannot be read.
 */
export function readImportRecord(packageFolder: string): ImportRecord | null {
  try {
    const text = fs.readFileSync(
      recordPath(path.dirname(packageFolder), path.basename(packageFolder)),
      'utf8',
    );
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data.format !== FORMAT || typeof data.importedAt !== 'number') return null;
    return {
      importedBy: typeof data.importedBy === 'string' ? data.importedBy : null,
      importedAt: data.importedAt,
    };
  } catch {
    return null;
  }
}
