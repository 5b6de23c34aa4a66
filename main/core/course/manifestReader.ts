import path from 'node:path';
import type { CourseManifest } from './courseTypes';
import { isValidLanguageTag, isValidSemver } from './formatPatterns';
import { readDisclosures } from './disclosureReader';
import { IdRegistry } from './idRegistry';
import { readCompletion, readCredit, readFaculty, readProvider } from './manifestSections';
import type { PresentFiles } from './manifestSections';
import { readObjectiveList } from './objectiveList';
import type { ObjectiveEntry } from './objectiveList';
import { resolvePackageFile } from './packageFiles';
import { readSignatory } from './signatoryReader';
import { openYamlFile } from './yamlFile';
import { MANIFEST_FILE } from './packageLayout';
import type { ProblemSink, SourcePlace } from './problemSink';
import { fileStart } from './problemSink';
import { hasRequired } from './requiredFields';
import type { YamlMapReader } from './yamlMapReader';
import type { YamlValue } from './yamlValues';

export const SUPPORTED_FORMAT = 1;

const MANIFEST_KEYS = [
  ...['format', 'id', 'version', 'title', 'subtitle', 'language', 'summary', 'audience'],
  ...['release_date', 'review_date', 'expiry_date', 'provider', 'faculty', 'credit'],
  ...['accreditation_statement', 'disclaimer', 'objectives', 'completion', 'modules'],
  ...['people', 'mitigation', 'commercial_support', 'signatory'],
];

/** A module file listed in course.yml and the place of that list item. */
export interface ModuleEntry {
  file: string;
  place: SourcePlace;
}

/** What was read from course.yml, complete or not, so the rest of the package can still be checked. */
export interface ManifestRead {
  /** Null when course.yml has errors. */
  manifest: CourseManifest | null;
  moduleEntries: ModuleEntry[];
  courseId: string | null;
  /** Infinity when the objectives could not be read, so question objectives are not checked against them. */
  objectiveCount: number;
  /** The course objectives as written, with their ids and places. */
  objectives: ObjectiveEntry[];
  creditHours: { value: number; place: SourcePlace } | null;
}

/** Reads and checks course.yml. Returns null when it is missing, unparsable or of another format. */
export function readManifest(rootDir: string, present: PresentFiles, sink: ProblemSink): ManifestRead | null {
  const errorsBefore = sink.errorCount();
  if (resolvePackageFile(rootDir, MANIFEST_FILE).kind === 'missing') {
    sink.error(
      fileStart(MANIFEST_FILE),
      'course.yml is missing; every course package needs course.yml in its top folder.',
    );
    return null;
  }
  const root = openYamlFile(rootDir, MANIFEST_FILE, MANIFEST_KEYS, sink);
  if (!root || !checkFormat(root)) return null;
  const objectives = readObjectives(root);
  const fields = readFields(root, present, objectives);
  const moduleEntries = readModuleEntries(root);
  const { credit, hoursPlace } = readCredit(root);
  const complete = sink.errorCount() === errorsBefore;
  return {
    manifest:
      complete && fields && credit
        ? { ...fields, credit, moduleFiles: moduleEntries.map((m) => m.file) }
        : null,
    moduleEntries,
    courseId: fields?.id ?? null,
    objectiveCount: objectives?.length ?? Number.POSITIVE_INFINITY,
    objectives: objectives ?? [],
    creditHours: credit ? { value: credit.hours, place: hoursPlace } : null,
  };
}

/** `format` decides how everything else is read, so another format stops the check here. */
function checkFormat(root: YamlMapReader): boolean {
  const format = root.number('format', true);
  if (format === null || format === SUPPORTED_FORMAT) return true;
  root.fail(
    'format',
    `Unsupported format ${format}: this player reads course packages of format ${SUPPORTED_FORMAT}.`,
    true,
  );
  return false;
}

type ManifestFields = Omit<CourseManifest, 'credit' | 'moduleFiles'>;

function readFields(
  root: YamlMapReader,
  present: PresentFiles,
  courseObjectives: ObjectiveEntry[] | null,
): ManifestFields | null {
  const { people, mitigation, commercialSupport } = readDisclosures(root);
  const fields = {
    id: root.id('id', true),
    version: checked(root, 'version', isValidSemver, 'a version like 1.0.0 (major.minor.patch)'),
    title: root.text('title', true),
    subtitle: root.text('subtitle', false),
    language: checked(root, 'language', isValidLanguageTag, 'a language tag like en or en-US'),
    summary: root.text('summary', true),
    audience: root.text('audience', false),
    releaseDate: root.date('release_date', true),
    reviewDate: root.date('review_date', true),
    expiryDate: root.date('expiry_date', true),
    provider: readProvider(root),
    faculty: readFaculty(root),
    people,
    mitigation,
    commercialSupport,
    accreditationStatement: root.text('accreditation_statement', false),
    signatory: readSignatory(root),
    disclaimer: root.text('disclaimer', false),
    objectives: courseObjectives?.map((objective) => objective.text) ?? null,
    objectiveIds: courseObjectives?.map((objective) => objective.id) ?? [],
    completion: readCompletion(root, present),
    extensions: root.extensions,
  };
  checkDates(root, fields.releaseDate, fields.expiryDate);
  const required = ['id', 'version', 'title', 'language', 'summary', 'provider', 'objectives'] as const;
  const dates = ['releaseDate', 'reviewDate', 'expiryDate'] as const;
  return hasRequired(fields, [...required, ...dates]) ? { ...fields, format: 1 } : null;
}

function checked(
  root: YamlMapReader,
  key: string,
  test: (text: string) => boolean,
  expected: string,
): string | null {
  const value = root.text(key, true);
  if (value === null || test(value)) return value;
  root.fail(key, `"${key}" in course.yml must be ${expected}, not "${value}".`, true);
  return null;
}

function readObjectives(root: YamlMapReader): ObjectiveEntry[] | null {
  const objectives = readObjectiveList(root, true);
  if (objectives?.length === 0)
    root.fail('objectives', 'course.yml needs at least one learning objective under "objectives".');
  return objectives?.length ? objectives : null;
}

function checkDates(root: YamlMapReader, release: string | null, expiry: string | null): void {
  if (release === null || expiry === null || expiry > release) return;
  root.fail(
    'expiry_date',
    `expiry_date ${expiry} is not after release_date ${release}; a course must expire after it is released.`,
    true,
  );
}

function readModuleEntries(root: YamlMapReader): ModuleEntry[] {
  const listed = new IdRegistry('module file', 'in the modules list');
  const entries = root.list('modules', true, (item, place) => {
    const file = readModulePath(root, item, place);
    return file !== null && listed.claim(file, place, root.ctx.sink) ? { file, place } : null;
  });
  if (entries?.length === 0)
    root.fail('modules', 'course.yml must list at least one module file under "modules".');
  return entries ?? [];
}

function readModulePath(root: YamlMapReader, item: YamlValue, place: SourcePlace): string | null {
  const raw = typeof item === 'string' ? item : null;
  if (typeof raw !== 'string' || raw.trim() === '') {
    root.ctx.sink.error(
      place,
      'Each item of "modules" must be a module file path, like modules/01-intro.md.',
    );
    return null;
  }
  const file = path.posix.normalize(raw.trim().replace(/\\/g, '/'));
  if (file.startsWith('../') || file === '..' || path.posix.isAbsolute(file)) {
    root.ctx.sink.error(
      place,
      `The module file "${raw}" lies outside the package; list paths relative to the package folder.`,
    );
    return null;
  }
  if (!file.toLowerCase().endsWith('.md')) {
    root.ctx.sink.error(place, `The module file "${raw}" must be a markdown file ending in .md.`);
    return null;
  }
  return file;
}
