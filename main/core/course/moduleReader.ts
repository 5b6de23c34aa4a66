import { countReadingWords, estimateModuleMinutes } from './courseEstimate';
import type { CourseModule, Extensions, FeedbackPolicy, ModuleEstimate, Question } from './courseTypes';
import { DEFAULT_FEEDBACK, readFeedbackPolicy } from './feedbackPolicyReader';
import { splitFrontMatter } from './frontMatter';
import type { FrontMatterSplit } from './frontMatter';
import type { IdRegistry } from './idRegistry';
import { readPackageText, sha256Hex } from './packageFiles';
import type { ProblemSink, SourcePlace } from './problemSink';
import { fileStart } from './problemSink';
import { splitQuestionBlocks } from './questionBlocks';
import type { QuestionBlock } from './questionBlocks';
import { readQuestion } from './questionReader';
import { readObjectiveList } from './objectiveList';
import type { ObjectiveEntry, ObjectiveRef } from './objectiveList';
import { hasRequired } from './requiredFields';
import { analyzeCourseMarkdown } from './render/courseHtml';
import type { MarkdownFinding, RenderContext } from './render/renderContext';
import { YamlMapReader } from './yamlMapReader';
import { parseYaml } from './yamlSource';

const MODULE_KEYS = ['id', 'title', 'minutes', 'objectives', 'shuffle_options', 'feedback'];

/** What the loader needs to read one module. */
export interface ModuleScope {
  rootDir: string;
  /** Where course.yml lists the module, for a missing file. */
  listedAt: SourcePlace;
  moduleIds: IdRegistry;
  questionIds: IdRegistry;
  /** Link context for checking; links name modules by file while the ids are still being read. */
  linkContext: Omit<RenderContext, 'file' | 'kind' | 'currentModuleId' | 'firstLine'>;
}

/** What was read from one module file, complete or not, so later checks can run on it. */
export interface ModuleRead {
  file: string;
  /** The module id from the front matter, when it could be read. */
  id: string | null;
  /** Null when the module has errors. */
  module: CourseModule | null;
  /** The module's objectives as written, with their ids and places. */
  objectives: ObjectiveEntry[];
  /** The objective ids its questions name, to be checked against every objective of the course. */
  objectiveRefs: ObjectiveRef[];
  headingIds: Set<string>;
  findings: MarkdownFinding[];
  estimate: ModuleEstimate;
  /** The author's estimate and where it is written, for the estimate comparison. */
  minutes: { value: number; place: SourcePlace } | null;
}

interface ModuleHead {
  id: string | null;
  title: string | null;
  minutes: number | null;
  objectives: ObjectiveEntry[] | null;
  shuffleOptions: boolean;
  feedback: FeedbackPolicy;
  minutesPlace: SourcePlace | null;
  extensions: Extensions;
}

/** Reads a module file listed in course.yml: front matter, reading text and question blocks. */
export function readModule(file: string, scope: ModuleScope, sink: ProblemSink): ModuleRead | null {
  const errorsBefore = sink.errorCount();
  const text = readModuleText(file, scope, sink);
  const split = text ? splitFrontMatter(text.text, file, sink) : null;
  if (!text || !split) return null;
  const head = readModuleHead(split, file, scope, sink);
  // Written out key by key: V8 spreads objects like these on its slow path.
  const { courseId, rootDir, moduleIdsByFile, targets, exactPlaces } = scope.linkContext;
  const { env, tokens } = analyzeCourseMarkdown(split.body, {
    courseId,
    rootDir,
    moduleIdsByFile,
    targets,
    file,
    kind: 'module',
    currentModuleId: file,
    firstLine: split.bodyFirstLine,
    exactPlaces,
  });
  const where = { file, bodyFirstLine: split.bodyFirstLine };
  const { blocks, rejected, readingMarkdown } = splitQuestionBlocks(split.body, tokens, where, sink);
  const objectiveRefs: ObjectiveRef[] = [];
  const headingIds = new Set(env.headings.map((h) => h.id));
  const questions = readQuestions(blocks, file, head, { headingIds, objectiveRefs, scope }, sink);
  if (blocks.length + rejected === 0) {
    sink.error(
      fileStart(file),
      'This module has no questions; add at least one ```question block after the reading.',
    );
  }
  const estimate = estimateModuleMinutes(countReadingWords(readingMarkdown), blocks.length);
  const { id, title, minutes, extensions, minutesPlace } = head;
  const fields = { id, title, minutes, objectives: head.objectives, extensions };
  const complete =
    sink.errorCount() === errorsBefore && hasRequired(fields, ['id', 'title', 'minutes', 'objectives']);
  const module = complete
    ? {
        id: fields.id,
        title: fields.title,
        minutes: fields.minutes,
        objectives: fields.objectives.map((objective) => objective.text),
        objectiveIds: fields.objectives.map((objective) => objective.id),
        shuffleOptions: head.shuffleOptions,
        feedback: head.feedback,
        extensions,
        file,
        markdown: readingMarkdown,
        markdownStartLine: split.bodyFirstLine,
        headings: env.headings,
        questions,
        estimate,
        // Only a module the course keeps needs its content hash.
        contentHash: sha256Hex(text.bytes),
      }
    : null;
  return {
    file,
    id,
    module,
    objectives: head.objectives ?? [],
    objectiveRefs,
    headingIds,
    findings: env.findings,
    estimate,
    minutes: minutes !== null && minutesPlace ? { value: minutes, place: minutesPlace } : null,
  };
}

function readModuleText(
  file: string,
  scope: ModuleScope,
  sink: ProblemSink,
): { text: string; bytes: Buffer } | null {
  const text = readPackageText(scope.rootDir, file);
  if (text.kind === 'text') return text;
  if (text.kind === 'missing') {
    sink.error(
      scope.listedAt,
      `The module file "${file}" does not exist; create it or fix the path in course.yml.`,
    );
  } else {
    sink.error(fileStart(file), `This module file cannot be read: ${text.reason}.`);
  }
  return null;
}

function readModuleHead(
  split: FrontMatterSplit,
  file: string,
  scope: ModuleScope,
  sink: ProblemSink,
): ModuleHead {
  const empty = {
    id: null,
    title: null,
    minutes: null,
    objectives: null,
    shuffleOptions: true,
    feedback: DEFAULT_FEEDBACK.moduleQuiz,
    minutesPlace: null,
    extensions: {},
  };
  const parsed = parseYaml({ file, text: split.yaml, firstLine: split.yamlFirstLine }, sink);
  if (!parsed) return empty;
  const ctx = { sink, places: parsed.places };
  const reader = YamlMapReader.open(
    ctx,
    parsed.root,
    'the module front matter',
    fileStart(file),
    MODULE_KEYS,
  );
  if (!reader) return empty;
  const id = reader.id('id', true);
  if (id !== null) scope.moduleIds.claim(id, reader.valuePlace('id'), sink);
  const minutes = reader.number('minutes', true);
  if (minutes !== null && minutes <= 0) {
    reader.fail(
      'minutes',
      `"minutes" must be more than 0: your estimate of the module's learner time.`,
      true,
    );
  }
  const objectives = readObjectiveList(reader, true);
  if (objectives !== null && objectives.length === 0) {
    reader.fail('objectives', 'A module needs at least one objective under "objectives".');
  }
  const title = reader.text('title', true);
  return {
    id,
    title,
    minutes,
    objectives,
    shuffleOptions: reader.boolean('shuffle_options', false) ?? true,
    feedback: readFeedbackPolicy(reader, DEFAULT_FEEDBACK.moduleQuiz),
    minutesPlace: reader.valuePlace('minutes'),
    extensions: reader.extensions,
  };
}

function readQuestions(
  blocks: QuestionBlock[],
  file: string,
  head: ModuleHead,
  at: { headingIds: ReadonlySet<string>; objectiveRefs: ObjectiveRef[]; scope: ModuleScope },
  sink: ProblemSink,
): Question[] {
  const questionScope = {
    objectiveCount: head.objectives?.length ?? Number.POSITIVE_INFINITY,
    objectiveOwner: 'this module',
    questionIds: at.scope.questionIds,
    objectiveRefs: at.objectiveRefs,
    placement: { kind: 'module' as const, headingIds: at.headingIds },
  };
  const questions: Question[] = [];
  for (const block of blocks) {
    const parsed = parseYaml({ file, text: block.yaml, firstLine: block.yamlFirstLine }, sink);
    if (!parsed) continue;
    const at = { file, line: block.yamlFirstLine, column: 1 };
    const question = readQuestion({ sink, places: parsed.places }, parsed.root, at, questionScope);
    if (question) questions.push(question);
  }
  return questions;
}
