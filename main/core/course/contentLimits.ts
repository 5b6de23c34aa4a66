/**
 * How much one course package may ask the loader to read. Every package is read at each start and on import,
 * wherever it came from, so each cost is bounded here: the work grows at most linearly with these numbers. The
 * bundled course uses a small part of each (about 380 KB of text, 80 KB for its largest file, under 40 headings
 * in a module, YAML 6 levels deep).
 */

const KiB = 1024;
const MiB = 1024 * KiB;

/** One markdown or YAML file of a package. */
export const MAX_TEXT_FILE_BYTES = 1 * MiB;

/** All the text files the loader reads for one package (course.yml, modules, post-test, evaluation, references). */
export const MAX_PACKAGE_TEXT_BYTES = 4 * MiB;

/** Headings in one module or in references.md; each gets an id and a table-of-contents line. */
export const MAX_HEADINGS_PER_FILE = 500;

/** Nesting of lists and mappings in one YAML text (course files need about 6). */
export const MAX_YAML_DEPTH = 32;

/** Bytes as a person reads them, e.g. "50 MiB" or "1,000 bytes". */
export function describeBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}
