import fs from 'node:fs';
import { describeBytes, MAX_HEADINGS_PER_FILE, MAX_PACKAGE_TEXT_BYTES } from './contentLimits';
import { estimateCourseMinutes } from './courseEstimate';
import { checkCreditHours, checkModuleMinutes } from './courseRules';
import type { CourseLoadResult, CourseModule, CoursePackage, Evaluation } from './courseTypes';
import { readEvaluation } from './evaluationReader';
import { IdRegistry } from './idRegistry';
import { checkFindings } from './linkCheck';
import type { KnownAnchors } from './linkCheck';
import { readManifest } from './manifestReader';
import type { ManifestRead } from './manifestReader';
import type { PresentFiles } from './manifestSections';
import type { ModuleRead } from './moduleReader';
import { readModule } from './moduleReader';
import { resolvePackageFile } from './packageFiles';
import { EVALUATION_FILE, MANIFEST_FILE, POST_TEST_FILE, REFERENCES_FILE } from './packageLayout';
import { readPostTest } from './postTestReader';
import type { PostTestRead } from './postTestReader';
import { fileStart, ProblemSink } from './problemSink';
import type { ReferencesRead } from './referencesReader';
import { readReferences } from './referencesReader';
import { checkObjectiveIds, courseObjectiveIds, moduleHeadings } from './objectiveCheck';
import { SvgAssetCheck } from './svgAssetCheck';
import type { LinkTargets } from './render/renderContext';

/** Links are checked by module file while the package is read; these targets are never shown to anyone. */
const CHECK_TARGETS: LinkTargets = {
  moduleHref: (moduleId, anchor) => `#module/${moduleId}${anchor ? `#${anchor}` : ''}`,
  referencesHref: (anchor) => `#references${anchor ? `#${anchor}` : ''}`,
};

interface PackageParts {
  rootDir: string;
  /** Which optional files exist, looked up once per load. */
  present: PresentFiles;
  manifest: ManifestRead;
  modules: ModuleRead[];
  references: ReferencesRead | null;
  postTest: PostTestRead | null;
  evaluation: Evaluation | null;
}

/**
 * Loads and checks a course package folder (format 1). Every problem is reported at once with its file, line and
 * column; `course` is returned only when none of them is an error. Never throws for anything in the package.
 */
export function loadCoursePackage(dir: string): CourseLoadResult {
  // Most packages have no problem, and a package without problems never shows a place: the first pass reads YAML
  // quickly without places, and only a package with a problem is read again to name each line and column.
  const quick = loadWith(dir, new ProblemSink(false));
  return quick.problems.length === 0 ? quick : loadWith(dir, new ProblemSink());
}

function loadWith(dir: string, sink: ProblemSink): CourseLoadResult {
  const rootDir = realFolder(dir);
  if (rootDir === null) {
    sink.error(fileStart(MANIFEST_FILE), `The course folder "${dir}" does not exist or is not a folder.`);
    return { course: null, problems: sink.list() };
  }
  const parts = readParts(rootDir, sink);
  if (!parts) return { course: null, problems: sink.list() };
  checkHeadingCounts(parts, sink);
  checkLinks(parts, sink);
  const objectiveRefs = [
    ...parts.modules.flatMap((read) => read.objectiveRefs),
    ...(parts.postTest?.objectiveRefs ?? []),
  ];
  checkObjectiveIds(parts.manifest.objectives, parts.modules, objectiveRefs, sink);
  const estimate = estimateOf(parts);
  // With a module unread the estimate is too low to judge the credit; that module's problem is reported already.
  if (parts.modules.length === parts.manifest.moduleEntries.length) {
    checkCreditHours(parts.manifest.creditHours, estimate, sink);
  }
  parts.modules.forEach((read) => checkModuleMinutes(read, sink));
  const course = sink.hasErrors() ? null : assemble(parts, estimate);
  return { course, problems: sink.list() };
}

function readParts(rootDir: string, sink: ProblemSink): PackageParts | null {
  const present = { postTest: exists(rootDir, POST_TEST_FILE), evaluation: exists(rootDir, EVALUATION_FILE) };
  const manifest = readManifest(rootDir, present, sink);
  if (!manifest) return null;
  const files = manifest.moduleEntries.map((entry) => entry.file);
  if (!withinTextBudget(rootDir, files, sink)) return null;
  const linkContext = {
    courseId: manifest.courseId ?? 'course',
    rootDir,
    moduleIdsByFile: new Map(files.map((file) => [file, file])),
    targets: CHECK_TARGETS,
    exactPlaces: sink.needsPlaces,
  };
  const moduleIds = new IdRegistry('module id', 'in the course');
  const questionIds = new IdRegistry('question id', 'in the whole course (modules and post-test)');
  const modules = manifest.moduleEntries
    .map((entry) =>
      readModule(entry.file, { rootDir, listedAt: entry.place, moduleIds, questionIds, linkContext }, sink),
    )
    .filter((read): read is ModuleRead => read !== null);
  const postTest = readPostTest(
    {
      rootDir,
      objectiveCount: manifest.objectiveCount,
      questionIds,
      modules: moduleHeadings(modules),
      objectiveIds: courseObjectiveIds(manifest.objectives, modules),
    },
    sink,
  );
  const evaluation = readEvaluation(rootDir, sink);
  const references = readReferences(rootDir, linkContext, sink);
  return { rootDir, present, manifest, modules, references, postTest, evaluation };
}

/**
 * The text files the loader is about to read stay within the package's budget; checked from their sizes before any
 * is read, so an oversized package costs a few stat calls.
 */
function withinTextBudget(rootDir: string, moduleFiles: readonly string[], sink: ProblemSink): boolean {
  const files = [MANIFEST_FILE, POST_TEST_FILE, EVALUATION_FILE, REFERENCES_FILE, ...new Set(moduleFiles)];
  let total = 0;
  for (const file of files) {
    const found = resolvePackageFile(rootDir, file);
    if (found.kind === 'inside') total += fs.statSync(found.absPath, { throwIfNoEntry: false })?.size ?? 0;
  }
  if (total <= MAX_PACKAGE_TEXT_BYTES) return true;
  sink.error(
    fileStart(MANIFEST_FILE),
    `The course's text files (course.yml, its modules and the other course files) come to ${describeBytes(total)}, ` +
      `more than the ${describeBytes(MAX_PACKAGE_TEXT_BYTES)} one course may hold. Split it into smaller courses.`,
  );
  return false;
}

/** Each heading gets an id and a line in the table of contents; past the limit a file is refused. */
function checkHeadingCounts(parts: PackageParts, sink: ProblemSink): void {
  const counted = [
    ...parts.modules.map((read) => ({ file: read.file, count: read.headingIds.size })),
    // Heading ids never repeat a reference key (the slugger reserves the keys), so the anchors are both, apart.
    ...(parts.references
      ? [{ file: REFERENCES_FILE, count: parts.references.anchors.size - parts.references.keys.length }]
      : []),
  ];
  for (const { file, count } of counted.filter((entry) => entry.count > MAX_HEADINGS_PER_FILE)) {
    sink.error(
      fileStart(file),
      `This file has ${count} headings; a course file may have at most ${MAX_HEADINGS_PER_FILE}. ` +
        'Use fewer headings, or split the text into more modules.',
    );
  }
}

function checkLinks(parts: PackageParts, sink: ProblemSink): void {
  const readFiles = new Map(parts.modules.map((read) => [read.file, read.headingIds]));
  const known: KnownAnchors = {
    modules: new Map(
      parts.manifest.moduleEntries.map((entry) => [entry.file, readFiles.get(entry.file) ?? null]),
    ),
    references: parts.references?.anchors ?? null,
    svgAssets: new SvgAssetCheck(parts.rootDir),
  };
  parts.modules.forEach((read) => checkFindings(read.file, read.findings, known, sink));
  if (parts.references) checkFindings(REFERENCES_FILE, parts.references.findings, known, sink);
}

function estimateOf(parts: PackageParts) {
  return estimateCourseMinutes({
    modules: parts.modules.map((read) => ({
      moduleId: read.module?.id ?? read.file,
      readingWords: read.estimate.readingWords,
      questionCount: read.estimate.questionCount,
    })),
    postTestDraw: parts.postTest?.draw ?? 0,
    hasEvaluation: parts.present.evaluation,
  });
}

function assemble(parts: PackageParts, estimate: CoursePackage['estimate']): CoursePackage | null {
  const { manifest } = parts.manifest;
  const modules = parts.modules.map((read) => read.module).filter((m): m is CourseModule => m !== null);
  if (!manifest || modules.length !== manifest.moduleFiles.length) return null;
  if (parts.present.postTest !== (parts.postTest?.postTest != null)) return null;
  if (parts.present.evaluation !== (parts.evaluation !== null)) return null;
  return {
    ...manifest,
    rootDir: parts.rootDir,
    modules,
    postTest: parts.postTest?.postTest ?? null,
    evaluation: parts.evaluation,
    referencesMarkdown: parts.references?.markdown ?? null,
    referenceKeys: parts.references?.keys ?? [],
    estimate,
  };
}

function realFolder(dir: string): string | null {
  try {
    const real = fs.realpathSync(dir);
    return fs.statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

function exists(rootDir: string, file: string): boolean {
  return resolvePackageFile(rootDir, file).kind !== 'missing';
}
