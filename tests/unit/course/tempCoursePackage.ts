import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder, removed by the returned cleanup. */
export function makeTempDir(prefix = 'ce-course-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a package from tests/fixtures/courses into `parent` and returns its folder. */
export function copyFixture(name: string, parent: string): string {
  const target = path.join(parent, name);
  fs.cpSync(path.resolve('tests/fixtures/courses', name), target, { recursive: true });
  return target;
}

/** Replaces text in a package file; fails loudly when the text is not there, so an edit cannot silently miss. */
export function editFile(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not found in ${file}`);
  fs.writeFileSync(full, text.replace(from, to));
}

/** Writes files (path relative to `dir` to content), creating folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
}
