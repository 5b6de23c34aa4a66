import path from 'node:path';
import { loadCoursePackage } from '../core/course/courseLoader';
import type { CoursePackage, CourseProblem } from '../core/course/courseTypes';
import { checkItemWriting } from '../core/course/itemRules/itemRuler';

const USAGE = 'Usage: npm run course:check -- [--strict] <course folder> [<course folder> ...]';

/**
 * Checks course package folders the way the player loads them, then runs the item-writing rules on each package
 * that loads. Prints every problem as `path:line:col: error|warning: message` (path relative to the working
 * folder; an item-writing warning ends with its rule id in parentheses) and, for a package without errors, a
 * summary with the time estimate and the warnings counted by rule. Returns the exit code: 0 when no package has
 * errors (with `--strict`, nor warnings), 1 otherwise, 2 for usage.
 */
export function runCourseCheck(args: string[], out: (line: string) => void): number {
  const strict = args.includes('--strict');
  const folders = args.filter((arg) => arg !== '--' && arg !== '--strict');
  if (folders.length === 0 || folders.some((arg) => arg.startsWith('--'))) {
    out(USAGE);
    return 2;
  }
  let failed = false;
  for (const dir of folders) {
    const { course, problems: loadProblems } = loadCoursePackage(dir);
    const problems = sorted([...loadProblems, ...(course ? checkItemWriting(course) : [])]);
    problems.forEach((problem) => out(formatProblem(dir, problem)));
    if (course) summarize(course, dir, problems).forEach((line) => out(line));
    if (!course || (strict && problems.length > 0)) failed = true;
  }
  return failed ? 1 : 0;
}

/** `path:line:col: severity: message`, with the path relative to the working folder and the rule id, if any. */
export function formatProblem(dir: string, problem: CourseProblem): string {
  const file = path.relative(process.cwd(), path.resolve(dir, problem.file)) || problem.file;
  const rule = problem.rule ? ` (${problem.rule})` : '';
  return `${file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}${rule}`;
}

/** The summary lines of a package that loaded: content counts and each estimate beside what the author wrote. */
export function summarize(course: CoursePackage, dir: string, problems: CourseProblem[]): string[] {
  const { estimate } = course;
  const moduleQuestions = course.modules.reduce((sum, m) => sum + m.questions.length, 0);
  const postTest = course.postTest
    ? `, post-test: ${course.postTest.draw} drawn from ${course.postTest.questions.length}` +
      (course.postTest.blueprint
        ? ` by a blueprint of ${course.postTest.blueprint.groups.length} groups`
        : '')
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
    ...ruleCounts(problems),
    `  OK${warnings > 0 ? ` with ${warnings} warning(s)` : ''}`,
  ];
}

/** One line per item-writing rule that found something: "  item-writing: letter-reference 12, ...". */
function ruleCounts(problems: CourseProblem[]): string[] {
  const counts = new Map<string, number>();
  for (const { rule } of problems) if (rule) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  if (counts.size === 0) return [];
  const listed = [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ');
  return [`  item-writing warnings by rule: ${listed}`];
}

function sorted(problems: CourseProblem[]): CourseProblem[] {
  return problems.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
