import path from 'node:path';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { renderModuleHtml } from '../../main/core/course/render/courseHtml';
import { readParseAndRenderBare } from './bareCourseRead';
import { runBench } from './benchHarness';

/*
 * Course library figure: finding, loading, validating and rendering the bundled course, against a bare floor that
 * reads the same files, parses every YAML text in them with js-yaml and renders every module with an unconfigured
 * markdown-it.
 */
// npm run bench runs from the repository root.
const coursesDir = path.resolve('courses');
const packageDir = path.join(coursesDir, 'ketamine-therapy');
const targets = {
  moduleHref: (id: string) => `#/m/${id}`,
  referencesHref: (a?: string) => `#/refs/${a ?? ''}`,
};

function subject(): void {
  const library = new CourseLibrary([{ dir: coursesDir, source: 'bundled' }]);
  const course = library.get('ketamine-therapy');
  for (const module of course.modules) renderModuleHtml(course, module.id, targets);
}

void runBench([
  {
    name: 'library load: bundled course found, loaded, validated, rendered',
    subject,
    floorName: 'read the same files + js-yaml parse of every YAML text + bare markdown-it render',
    floor: () => readParseAndRenderBare(packageDir),
    maxRatio: 1.5,
    runs: 9,
    // The loader leaves far more garbage than the floor; in one process the floor collected part of it while being
    // timed, which made the ratio look about 0.2 lower than each side costs alone.
    ownProcesses: 4,
  },
]);
