import path from 'node:path';
import { loadCoursePackage } from '../core/course/courseLoader';
import type { CoursePackage, CourseProblem } from '../core/course/courseTypes';

const USAGE = 'Usage: npm run course:check -- <course folder> [<course folder> ...]';

/**
 * Checks course package folders the way the player loads them. Prints every problem as
 * `path:line:col: error|warning: message` (path relative to the working folder) and, for a package without errors,
 * a summary with the time estimate. Returns the exit code: 0 when no package has errors, 1 otherwise, 2 for usage.
 */
export function runCourseCheck(dirs: string[], out: (line: string) => void): number {
  const folders = dirs.filter((dir) => dir !== '--');
  if (folders.length === 0) {
    out(USAGE);
    return 2;
  }
  let failed = false;
  for (const dir of folders) {
    const { course, problems } = loadCoursePackage(dir);
    problems.forEach((problem) => out(formatProblem(dir, problem)));
    if (course) summarize(course, dir, problems).forEach((line) => out(line));
    else failed = true;
  }
  return failed ? 1 : 0;
}

/** `path:line:col: severity: message`, with the path relative to the working folder. */
export function formatProblem(dir: string, problem: CourseProblem): string {
  const file = path.relative(process.cwd(), path.resolve(dir, problem.file)) || problem.file;
  return `${file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** The summary lines of a package that loaded: content counts and each estimate beside what the author wrote. */
export function summarize(course: CoursePackage, dir: string, problems: CourseProblem[]): string[] {
  const { estimate } = course;
  const moduleQuestions = course.modules.reduce((sum, m) => sum + m.questions.length, 0);
  const postTest = course.postTest
    ? `, post-test: ${course.postTest.draw} drawn from ${course.postTest.questions.length}`
    : ', no post-test';
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const width = Math.max(6, ...course.modules.map((m) => m.id.length));
  return [
    `${course.id} ${course.version}: ${course.title} (${dir})`,
    `  modules: ${course.modules.length}, reading words: ${estimate.readingWords}, ` +
      `module questions: ${moduleQuestions}${postTest}, evaluation: ${course.evaluation ? 'yes' : 'no'}`,
    `  ${'module'.padEnd(width)}  minutes  estimate`,
    ...course.modules.map(
      (m) =>
        `  ${m.id.padEnd(width)}  ${m.minutes.toFixed(1).padStart(7)}  ${m.estimate.minutes.toFixed(1).padStart(8)}`,
    ),
    `  total estimate: ${estimate.totalMinutes.toFixed(1)} min (${(estimate.totalMinutes / 60).toFixed(2)} h); ` +
      `credit hours: ${course.credit.hours}`,
    `  OK${warnings > 0 ? ` with ${warnings} warning(s)` : ''}`,
  ];
}
