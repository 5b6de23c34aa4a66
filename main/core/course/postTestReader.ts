import { fillBlueprint, readBlueprintGroups } from './blueprintReader';
import type { BlueprintNames, WrittenGroup } from './blueprintReader';
import type { PostTest, Question } from './courseTypes';
import { DEFAULT_FEEDBACK, readFeedbackPolicy } from './feedbackPolicyReader';
import type { IdRegistry } from './idRegistry';
import type { ObjectiveRef } from './objectiveList';
import { openYamlFile } from './yamlFile';
import { POST_TEST_FILE } from './packageLayout';
import type { ProblemSink, SourcePlace } from './problemSink';
import { readQuestion } from './questionReader';
import type { YamlMapReader } from './yamlMapReader';
import { YamlList } from './yamlValues';

const POST_TEST_KEYS = ['draw', 'blueprint', 'shuffle_options', 'max_attempts', 'feedback', 'questions'];

/** What post-test.yml is read against. */
export interface PostTestScope {
  rootDir: string;
  /** Course objectives, which post-test items' `objective` points at. */
  objectiveCount: number;
  questionIds: IdRegistry;
  /** Module id to its heading ids (null for a module with errors), for items' `module` and `section`. */
  modules: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Every objective id of the course (course.yml and modules), which blueprint groups may name. */
  objectiveIds: ReadonlySet<string>;
}

/** What was read from post-test.yml: the post-test when complete, and the draw for the estimate either way. */
export interface PostTestRead {
  postTest: PostTest | null;
  /** Questions one attempt presents: `draw`, or the blueprint's total. */
  draw: number;
  /** The objective ids its items name, to be checked against every objective of the course. */
  objectiveRefs: ObjectiveRef[];
}

/** Reads post-test.yml when the package has one. */
export function readPostTest(scope: PostTestScope, sink: ProblemSink): PostTestRead | null {
  const errorsBefore = sink.errorCount();
  const root = openYamlFile(scope.rootDir, POST_TEST_FILE, POST_TEST_KEYS, sink);
  if (!root) return null;
  const names: BlueprintNames = {
    moduleIds: new Set(scope.modules.keys()),
    objectiveIds: scope.objectiveIds,
  };
  const groups = readDrawOrBlueprint(root, names);
  const shuffleOptions = root.boolean('shuffle_options', false) ?? true;
  const maxAttempts = root.count('max_attempts', false, 1);
  const feedback = readFeedbackPolicy(root, DEFAULT_FEEDBACK.postTest);
  const objectiveRefs: ObjectiveRef[] = [];
  const itemPlaces = new Map<string, SourcePlace>();
  const bankErrorsBefore = sink.errorCount();
  const requireModule = groups.blueprint?.[0]?.by === 'module';
  const questions = readBank(root, { scope, objectiveRefs, itemPlaces, requireModule });
  const bankSize = countItems(root);
  const blueprint =
    groups.blueprint && questions && sink.errorCount() === bankErrorsBefore
      ? fillBlueprint(groups.blueprint, questions, itemPlaces, root)
      : null;
  const draw = groups.draw ?? groups.blueprint?.reduce((sum, group) => sum + group.draw, 0) ?? null;
  if (groups.draw !== null && groups.draw > bankSize) {
    root.fail(
      'draw',
      `"draw: ${groups.draw}" asks for more questions than post-test.yml has (${bankSize}); lower draw or add questions.`,
      true,
    );
  }
  const complete =
    sink.errorCount() === errorsBefore &&
    draw !== null &&
    questions !== null &&
    (blueprint || !groups.blueprint);
  return {
    postTest: complete
      ? {
          draw,
          blueprint: blueprint ?? null,
          shuffleOptions,
          maxAttempts,
          feedback,
          questions,
          extensions: root.extensions,
        }
      : null,
    draw: draw ?? 0,
    objectiveRefs,
  };
}

/** `draw` (a count from the whole bank) or `blueprint` (counts per group): exactly one of them. */
function readDrawOrBlueprint(
  root: YamlMapReader,
  names: BlueprintNames,
): { draw: number | null; blueprint: WrittenGroup[] | null } {
  if (root.has('draw') && root.has('blueprint')) {
    root.fail(
      'blueprint',
      'post-test.yml has both "draw" and "blueprint"; keep one (a blueprint sets the draw).',
    );
    return { draw: null, blueprint: null };
  }
  if (root.has('blueprint')) return { draw: null, blueprint: readBlueprintGroups(root, names) };
  return { draw: root.count('draw', true, 1), blueprint: null };
}

interface BankScope {
  scope: PostTestScope;
  objectiveRefs: ObjectiveRef[];
  itemPlaces: Map<string, SourcePlace>;
  requireModule: boolean;
}

function readBank(root: YamlMapReader, bank: BankScope): Question[] | null {
  const questionScope = {
    objectiveCount: bank.scope.objectiveCount,
    objectiveOwner: 'the course (course.yml objectives)',
    questionIds: bank.scope.questionIds,
    objectiveRefs: bank.objectiveRefs,
    placement: { kind: 'post-test' as const, modules: bank.scope.modules, requireModule: bank.requireModule },
  };
  const questions = root.list('questions', true, (item, place) => {
    const question = readQuestion(root.ctx, item, place, questionScope);
    if (question) bank.itemPlaces.set(question.id, place);
    return question;
  });
  if (questions !== null && countItems(root) === 0) {
    root.fail('questions', 'post-test.yml needs at least one question under "questions".');
  }
  return questions;
}

function countItems(root: YamlMapReader): number {
  const questions = root.has('questions') ? root.value('questions', false) : null;
  return questions instanceof YamlList ? questions.items.length : 0;
}
