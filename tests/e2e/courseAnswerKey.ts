import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { questionPlainText } from '../../main/core/course/render/questionText';

/** What a test needs to answer one question correctly: its type, its key and its options' words. */
export interface KeyedQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  /** The stem's words as shown (markdown rendered, line breaks folded). */
  stem: string;
  answer: string | string[] | boolean;
  /** Each option's words as a screen reader names it (its markdown rendered to text). */
  options: { id: string; text: string }[];
  /** Post-test items: the module the item draws on; null elsewhere or when not written. */
  module: string | null;
  objectives: string[];
  section: string | null;
}

/** Every question of a package by id. The renderer never sees answer keys, so the test reads the package. */
export type AnswerKey = ReadonlyMap<string, KeyedQuestion>;

type FeedbackPolicy = 'always' | 'after_pass' | 'after_last_attempt';

interface RawQuestion {
  id: string;
  type: KeyedQuestion['type'];
  stem: string;
  answer: KeyedQuestion['answer'];
  options?: { id: string; text: string }[];
  module?: string;
  objectives?: string[];
  section?: string;
}

interface RawPostTest {
  draw?: number;
  blueprint?: { draw: number }[];
  feedback?: FeedbackPolicy;
  max_attempts?: number;
  questions: RawQuestion[];
}

function keyed(raw: RawQuestion): KeyedQuestion {
  return {
    id: raw.id,
    type: raw.type,
    stem: questionPlainText(String(raw.stem)),
    answer: raw.answer,
    options: (raw.options ?? []).map((option) => ({
      id: String(option.id),
      text: questionPlainText(String(option.text)),
    })),
    module: raw.module ?? null,
    objectives: raw.objectives ?? [],
    section: raw.section ?? null,
  };
}

function readYaml<T>(file: string): T {
  return parse(fs.readFileSync(file, 'utf8')) as T;
}

/** The ```question blocks of a module file, and its front matter. */
function readModule(file: string): {
  head: { id: string; feedback?: FeedbackPolicy };
  questions: RawQuestion[];
} {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const head = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as {
    id: string;
    feedback?: FeedbackPolicy;
  };
  const questions = [...text.matchAll(/^```question\n([\s\S]*?)^```$/gm)].map(
    (match) => parse(match[1] ?? '') as RawQuestion,
  );
  return { head, questions };
}

/** Reads the ```question blocks of every module and the post-test bank of a course package. */
export function readAnswerKey(packageDir: string): AnswerKey {
  const key = new Map<string, KeyedQuestion>();
  const manifest = readYaml<{ modules: string[] }>(path.join(packageDir, 'course.yml'));
  for (const file of manifest.modules) {
    for (const raw of readModule(path.join(packageDir, file)).questions) key.set(raw.id, keyed(raw));
  }
  const postTestFile = path.join(packageDir, 'post-test.yml');
  if (fs.existsSync(postTestFile)) {
    for (const raw of readYaml<RawPostTest>(postTestFile).questions) key.set(raw.id, keyed(raw));
  }
  return key;
}

/** What the e2e flows need to know of a package besides its answer key. */
export interface CourseFacts {
  moduleCount: number;
  /** Questions one post-test attempt presents: `draw`, or the sum of its blueprint's draws; null without one. */
  postTestQuestions: number | null;
  postTestFeedback: FeedbackPolicy;
  postTestMaxAttempts: number | null;
  /** Each module's feedback policy, by module id. */
  moduleFeedback: ReadonlyMap<string, FeedbackPolicy>;
  /** Whether course.yml lists `people`, which the learner acknowledges before starting. */
  asksAcknowledgement: boolean;
}

/** Reads the facts of a package the flows depend on, with the format's defaults where a key is not written. */
export function readCourseFacts(packageDir: string): CourseFacts {
  const manifest = readYaml<{ modules: string[]; people?: unknown }>(path.join(packageDir, 'course.yml'));
  const postTestFile = path.join(packageDir, 'post-test.yml');
  const postTest = fs.existsSync(postTestFile) ? readYaml<RawPostTest>(postTestFile) : null;
  const heads = manifest.modules.map((file) => readModule(path.join(packageDir, file)).head);
  return {
    moduleCount: manifest.modules.length,
    postTestQuestions: postTest
      ? (postTest.draw ?? (postTest.blueprint ?? []).reduce((sum, group) => sum + group.draw, 0))
      : null,
    postTestFeedback: postTest?.feedback ?? 'after_pass',
    postTestMaxAttempts: postTest?.max_attempts ?? null,
    moduleFeedback: new Map(heads.map((head) => [head.id, head.feedback ?? 'always'])),
    asksAcknowledgement: manifest.people !== undefined,
  };
}

/**
 * Whether a submitted attempt shows its key under a policy: `always`; `after_pass` once passed;
 * `after_last_attempt` once passed or out of attempts.
 */
export function showsKey(
  policy: FeedbackPolicy,
  standing: { passed: boolean; attemptsUsed: number; maxAttempts: number | null },
): boolean {
  if (policy === 'always' || standing.passed) return true;
  return (
    policy === 'after_last_attempt' &&
    standing.maxAttempts !== null &&
    standing.attemptsUsed >= standing.maxAttempts
  );
}

/** The words of the options a question's key names (for single and multiple questions). */
export function correctLabels(question: KeyedQuestion): string[] {
  const ids = Array.isArray(question.answer) ? question.answer : [String(question.answer)];
  return ids.map((id) => {
    const option = question.options.find((candidate) => candidate.id === id);
    if (!option) throw new Error(`Question ${question.id} has no option ${id}.`);
    return option.text;
  });
}

/** The words of a wrong choice, for tests that must fail a quiz. */
export function wrongLabel(question: KeyedQuestion): string {
  if (question.type === 'true-false') return question.answer === true ? 'False' : 'True';
  const right = new Set(correctLabels(question));
  const wrong = question.options.find((option) => !right.has(option.text));
  if (!wrong) throw new Error(`Question ${question.id} has no wrong option.`);
  return wrong.text;
}
