import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ZipEntrySpec } from './zipWriter';
import { buildZip, folderEntries } from './zipWriter';

/** The example package every import test starts from (course hand-hygiene, version 1.0.0). */
export const validMinimalDir = path.resolve('tests/fixtures/courses/valid-minimal');

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary data directory, removed after the test. */
export function makeDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-'));
  made.push(dir);
  return dir;
}

/** The valid-minimal package as zip entries, each named `prefix` + its path. */
export function validEntries(prefix = ''): ZipEntrySpec[] {
  return folderEntries(validMinimalDir, prefix);
}

/** The valid-minimal package as a zip file. */
export function validZip(prefix = ''): Buffer {
  return buildZip(validEntries(prefix));
}

/** Entries with one file's text changed; fails loudly when the text is not there. */
export function editEntry(entries: ZipEntrySpec[], name: string, from: string, to: string): ZipEntrySpec[] {
  return entries.map((entry) => {
    if (entry.name !== name) return entry;
    const text = String(entry.data);
    if (!text.includes(from)) throw new Error(`"${from}" not found in ${name}`);
    return { ...entry, data: text.replace(from, to) };
  });
}

/** The valid-minimal package with another version number in course.yml. */
export function versionZip(version: string, prefix = ''): Buffer {
  return buildZip(
    editEntry(validEntries(prefix), `${prefix}course.yml`, 'version: 1.0.0', `version: ${version}`),
  );
}

/**
 * Names in `<dataDir>/courses`, dot-folders included (so a staging folder left behind shows), but not `.imports`,
 * which holds the record of who imported each package ([] when the folder does not exist).
 */
export function coursesFolderNames(dataDir: string): string[] {
  try {
    return fs
      .readdirSync(path.join(dataDir, 'courses'))
      .filter((name) => name !== '.imports')
      .sort();
  } catch {
    return [];
  }
}

/** Every path under `dir`, relative, sorted: proves nothing else was written anywhere in a data directory. */
export function allPaths(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}
