import { loadCoursePackage } from '../../main/core/course/courseLoader';
import { readParseAndRenderBare } from './bareCourseRead';
import { runBench } from './benchHarness';
import { writeGeneratedCourse } from './generatedCourse';

/*
 * Scale: a generated 200-module course of about a million words must load in under a second, and a module of a
 * 400-module course may cost at most 1.25 times what a module of the 200-module course costs: linear, with room for
 * this machine's noise.
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
    floorName: 'read the same files + js-yaml parse of every YAML text + bare markdown-it render',
    floor: () => readParseAndRenderBare(small),
    maxMs: 1000,
    runs: 5,
  },
  {
    name: 'load + validate 400 modules (~2M words), per module',
    subject: () => load(large),
    subjectUnits: 400,
    floorName: 'same loader on 200 modules, per module',
    floor: () => load(small),
    floorUnits: 200,
    maxRatio: 1.25,
    runs: 11,
  },
]);
