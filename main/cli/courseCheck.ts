import path from 'node:path';
import { loadCoursePackage } from '../core/course/courseLoader';
import type { CoursePackage, CourseProblem } from '../core/course/courseTypes';
import { checkItemWriting } from '../core/course/itemRules/itemRuler';
import {
  createKeyFile,
  loadSigningKey,
  parseCourseCheckArgs,
  signatureReport,
  signFolder,
} from './courseCheckSigning';

const USAGE = [
  'Usage: npm run course:check -- [--strict] [--sign <key file>] <course folder> [<course folder> ...]',
  '       npm run course:check -- --new-key <key file>',
];

/**
 * Checks course package folders the way the player loads them, then runs the item-writing rules on each package
 * that loads. Prints every problem as `path:line:col: error|warning: message` (path relative to the working
 * folder; an item-writing warning ends with its rule id in parentheses) and, for a package without errors, a
 * summary with the time estimate, the warnings counted by rule and the provider signature. `--strict` counts
 * warnings as failures; `--sign <key file>` signs each package that passes; `--new-key <key file>` creates a
 * provider key. Returns the exit code: 0 when every package passes (an invalid signature fails), 1 otherwise, 2 for
 * usage or an unusable key file.
 */
export function runCourseCheck(
  args: string[],
  out: (line: string) => void,
  now: () => Date = () => new Date(),
): number {
  const request = parseCourseCheckArgs(args);
  if (request.kind === 'usage') {
    USAGE.forEach((line) => out(line));
    return 2;
  }
  if (request.kind === 'new-key') return createKeyFile(request.keyFile, out);
  const key = request.signWith === null ? null : loadSigningKey(request.signWith);
  if (typeof key === 'string') {
    out(key);
    return 2;
  }
  let failed = false;
  for (const dir of request.folders) {
    const { course, problems: loadProblems } = loadCoursePackage(dir);
    const problems = sorted([...loadProblems, ...(course ? checkItemWriting(course) : [])]);
    problems.forEach((problem) => out(formatProblem(dir, problem)));
    const passes = course !== null && !(request.strict && problems.length > 0);
    const signed = passes && key ? signFolder(dir, key, now()) : null;
    const signature = course ? signatureReport(dir) : null;
    if (signature && 'problem' in signature) out(formatProblem(dir, signature.problem));
    if (course && signature && 'line' in signature) {
      summarize(course, dir, problems, [...(signed ? [signed] : []), signature.line]).forEach((line) =>
        out(line),
      );
    } else {
      failed = true;
    }
    if (!passes) failed = true;
  }
  return failed ? 1 : 0;
}

/** `path:line:col: severity: message`, with the path relative to the working folder and the rule id, if any. */
export function formatProblem(dir: string, problem: CourseProblem): string {
  const file = path.relative(process.cwd(), path.resolve(dir, problem.file)) || problem.file;
  const rule = problem.rule ? ` (${problem.rule})` : '';
  return `${file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}${rule}`;
}

/**
 * The summary lines of a package that loaded: content counts, each estimate beside what the author wrote, and
 * `extra` lines (the signature) before the verdict.
 */
export function summarize(
  course: CoursePackage,
  dir: string,
  problems: CourseProblem[],
  extra: readonly string[] = [],
): string[] {
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
    ...extra,
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
