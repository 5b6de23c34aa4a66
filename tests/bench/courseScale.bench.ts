import { loadCoursePackage } from '../../main/core/course/courseLoader';
import { readAndRenderBare } from './bareCourseRead';
import { runBench } from './benchHarness';
import { writeGeneratedCourse } from './generatedCourse';

/*
 * Scale: a generated 200-module course of about a million words must load in under a second, and twice the
 * course must take at most twice as long (the subject is 400 modules, the floor the same loader on 200).
 */
const small = writeGeneratedCourse(200, 5000);
const large = writeGeneratedCourse(400, 5000);

function load(dir: string): void {
  const { course, problems } = loadCoursePackage(dir);
  if (!course) throw new Error(`generated course did not load: ${problems[0]?.message ?? ''}`);
}

void runBench([
  {
    name: 'load + validate 200 modules (~1M words)',
    subject: () => load(small),
    floorName: 'read the same files + bare markdown-it render',
    floor: () => readAndRenderBare(small),
    maxMs: 1000,
    runs: 5,
  },
  {
    name: 'load + validate 400 modules (~2M words)',
    subject: () => load(large),
    floorName: 'same loader on 200 modules',
    floor: () => load(small),
    maxRatio: 2,
    // Linear work sits at exactly 2x, so the median needs enough runs that one collection does not decide it.
    runs: 11,
  },
]);
