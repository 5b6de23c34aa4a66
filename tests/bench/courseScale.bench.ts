import { loadCoursePackage } from '../../main/core/course/courseLoader';
import { readParseAndRenderBare } from './bareCourseRead';
import { runBench } from './benchHarness';
import { writeGeneratedCourse } from './generatedCourse';

/*
 * Scale: a generated course of 400 modules, about 400,000 words and 3.4 MB of text (near the 4 MiB a course may
 * hold, contentLimits.ts), must load in under a second; and a module of it may cost at most 1.25 times what a module
 * of the 200-module course costs: linear, with room for this machine's noise.
 */
const wordsPerModule = 1000;
const small = writeGeneratedCourse(200, wordsPerModule);
const large = writeGeneratedCourse(400, wordsPerModule);

function load(dir: string): void {
  const { course, problems } = loadCoursePackage(dir);
  if (!course) throw new Error(`generated course did not load: ${problems[0]?.message ?? ''}`);
}

void runBench([
  {
    name: 'load + validate 400 modules (~400k words, 3.4 MB)',
    subject: () => load(large),
    floorName: 'read the same files + js-yaml parse of every YAML text + bare markdown-it render',
    floor: () => readParseAndRenderBare(large),
    maxMs: 1000,
    runs: 5,
  },
  {
    name: 'load + validate 400 modules, per module',
    subject: () => load(large),
    subjectUnits: 400,
    floorName: 'same loader on 200 modules, per module',
    floor: () => load(small),
    floorUnits: 200,
    maxRatio: 1.25,
    runs: 11,
  },
]);
