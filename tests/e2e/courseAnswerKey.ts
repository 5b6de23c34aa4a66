import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** What a test needs to answer one question correctly: its type, its key and its options' words. */
export interface KeyedQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  stem: string;
  answer: string | string[] | boolean;
  options: { id: string; text: string }[];
}

/** Every question of a package by id. The renderer never sees answer keys, so the test reads the package. */
export type AnswerKey = ReadonlyMap<string, KeyedQuestion>;

interface RawQuestion {
  id: string;
  type: KeyedQuestion['type'];
  stem: string;
  answer: KeyedQuestion['answer'];
  options?: { id: string; text: string }[];
}

function keyed(raw: RawQuestion): KeyedQuestion {
  return {
    id: raw.id,
    type: raw.type,
    stem: raw.stem.trim(),
    answer: raw.answer,
    options: (raw.options ?? []).map((option) => ({ id: String(option.id), text: String(option.text) })),
  };
}

/** Reads the ```question blocks of every module and the post-test bank of a course package. */
export function readAnswerKey(packageDir: string): AnswerKey {
  const key = new Map<string, KeyedQuestion>();
  const manifest = parse(fs.readFileSync(path.join(packageDir, 'course.yml'), 'utf8')) as {
    modules: string[];
  };
  for (const file of manifest.modules) {
    const text = fs.readFileSync(path.join(packageDir, file), 'utf8').replace(/\r\n/g, '\n');
    for (const match of text.matchAll(/^```question\n([\s\S]*?)^```$/gm)) {
      const question = keyed(parse(match[1] ?? '') as RawQuestion);
      key.set(question.id, question);
    }
  }
  const postTestFile = path.join(packageDir, 'post-test.yml');
  if (fs.existsSync(postTestFile)) {
    const bank = parse(fs.readFileSync(postTestFile, 'utf8')) as { questions: RawQuestion[] };
    for (const raw of bank.questions) key.set(raw.id, keyed(raw));
  }
  return key;
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
