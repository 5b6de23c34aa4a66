import path from 'node:path';
import { loadCoursePackage } from '../core/course/courseLoader';
import type { CoursePackage, CourseProblem } from '../core/course/courseTypes';
import {
  createKeyFile,
  loadSigningKey,
  parseCourseCheckArgs,
  signatureReport,
  signFolder,
} from './courseCheckSigning';

const USAGE = [
  'Usage: npm run course:check -- [--sign <key file>] <course folder> [<course folder> ...]',
  '       npm run course:check -- --new-key <key file>',
];

/**
 * Checks course package folders the way the player loads them. Prints every problem as
 * `path:line:col: error|warning: message` (path relative to the working folder) and, for a package without errors,
 * a summary with the time estimate and the provider signature. `--sign <key file>` signs each package that has no
 * errors; `--new-key <key file>` creates a provider key. Returns the exit code: 0 when no package has errors (an
 * invalid signature is one), 1 otherwise, 2 for usage or an unusable key file.
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
    const { course, problems } = loadCoursePackage(dir);
    problems.forEach((problem) => out(formatProblem(dir, problem)));
    const signed = course && key ? signFolder(dir, key, now()) : null;
    const signature = course ? signatureReport(dir) : null;
    if (signature && 'problem' in signature) out(formatProblem(dir, signature.problem));
    if (course && signature && 'line' in signature) {
      summarize(course, dir, problems, [...(signed ? [signed] : []), signature.line]).forEach((line) =>
        out(line),
      );
    } else {
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

/** `path:line:col: severity: message`, with the path relative to the working folder. */
export function formatProblem(dir: string, problem: CourseProblem): string {
  const file = path.relative(process.cwd(), path.resolve(dir, problem.file)) || problem.file;
  return `${file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
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
    ...extra,
    `  OK${warnings > 0 ? ` with ${warnings} warning(s)` : ''}`,
  ];
}
