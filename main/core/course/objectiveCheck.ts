import { closestKey } from './closestKey';
import { IdRegistry } from './idRegistry';
import type { ModuleRead } from './moduleReader';
import type { ObjectiveEntry, ObjectiveRef } from './objectiveList';
import type { ProblemSink } from './problemSink';

/** Every objective id of the course: course.yml's and each module's. */
export function courseObjectiveIds(
  course: readonly ObjectiveEntry[],
  modules: readonly ModuleRead[],
): Set<string> {
  const ids = new Set<string>();
  for (const entry of [...course, ...modules.flatMap((read) => read.objectives)])
    if (entry.id) ids.add(entry.id);
  return ids;
}

/**
 * Checks objective ids once every file is read: each id is unique among all objectives of the course, and every id
 * an item names (`objectives: [...]`) is one of them.
 */
export function checkObjectiveIds(
  course: readonly ObjectiveEntry[],
  modules: readonly ModuleRead[],
  refs: readonly ObjectiveRef[],
  sink: ProblemSink,
): void {
  const registry = new IdRegistry(
    'objective id',
    'among all objectives of the course (course.yml and modules)',
  );
  for (const entry of [...course, ...modules.flatMap((read) => read.objectives)]) {
    if (entry.id) registry.claim(entry.id, entry.place, sink);
  }
  const known = courseObjectiveIds(course, modules);
  for (const ref of refs) {
    if (known.has(ref.id)) continue;
    const suggestion = closestKey(ref.id, [...known]);
    const hint = suggestion
      ? ` Did you mean "${suggestion}"?`
      : ' Give the objective an id in course.yml or the module front matter (- id: ... / text: ...).';
    sink.error(
      ref.place,
      `This item names the objective "${ref.id}", which no objective of the course has.${hint}`,
    );
  }
}

/** Module id to its heading ids, for post-test items' `module` and `section`; null headings for a broken module. */
export function moduleHeadings(modules: readonly ModuleRead[]): Map<string, ReadonlySet<string> | null> {
  const headings = new Map<string, ReadonlySet<string> | null>();
  for (const read of modules)
    if (read.id !== null && !headings.has(read.id)) headings.set(read.id, read.headingIds);
  return headings;
}
