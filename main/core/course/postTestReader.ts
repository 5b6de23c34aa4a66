import type { PostTest, Question } from './courseTypes';
import type { IdRegistry } from './idRegistry';
import { openYamlFile } from './yamlFile';
import { POST_TEST_FILE } from './packageLayout';
import type { ProblemSink } from './problemSink';
import { readQuestion } from './questionReader';
import type { YamlMapReader } from './yamlMapReader';
import { YamlList } from './yamlValues';

/** What post-test.yml is read against. */
export interface PostTestScope {
  rootDir: string;
  /** Course objectives, which post-test items' `objective` points at. */
  objectiveCount: number;
  questionIds: IdRegistry;
}

/** What was read from post-test.yml: the post-test when complete, and the draw for the estimate either way. */
export interface PostTestRead {
  postTest: PostTest | null;
  draw: number;
}

/** Reads post-test.yml when the package has one. */
export function readPostTest(scope: PostTestScope, sink: ProblemSink): PostTestRead | null {
  const errorsBefore = sink.errorCount();
  const keys = ['draw', 'shuffle_options', 'max_attempts', 'questions'];
  const root = openYamlFile(scope.rootDir, POST_TEST_FILE, keys, sink);
  if (!root) return null;
  const draw = root.count('draw', true, 1);
  const shuffleOptions = root.boolean('shuffle_options', false) ?? true;
  const maxAttempts = root.count('max_attempts', false, 1);
  const questions = readBank(root, scope);
  const bankSize = countItems(root);
  if (draw !== null && draw > bankSize) {
    root.fail(
      'draw',
      `"draw: ${draw}" asks for more questions than post-test.yml has (${bankSize}); lower draw or add questions.`,
      true,
    );
  }
  const complete = sink.errorCount() === errorsBefore && draw !== null && questions !== null;
  return {
    postTest: complete ? { draw, shuffleOptions, maxAttempts, questions, extensions: root.extensions } : null,
    draw: draw ?? 0,
  };
}

function readBank(root: YamlMapReader, scope: PostTestScope): Question[] | null {
  const questionScope = {
    objectiveCount: scope.objectiveCount,
    objectiveOwner: 'the course (course.yml objectives)',
    questionIds: scope.questionIds,
  };
  const questions = root.list('questions', true, (item, place) =>
    readQuestion(root.ctx, item, place, questionScope),
  );
  if (questions !== null && countItems(root) === 0) {
    root.fail('questions', 'post-test.yml needs at least one question under "questions".');
  }
  return questions;
}

function countItems(root: YamlMapReader): number {
  const questions = root.has('questions') ? root.value('questions', false) : null;
  return questions instanceof YamlList ? questions.items.length : 0;
}
