import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { checkItemWriting } from '../../../main/core/course/itemRules/itemRuler';

const courseDir = path.resolve('courses/ketamine-therapy');
const modulesDir = path.join(courseDir, 'modules');

// A bibliography entry is a list item that starts with its [key]; modules cite it as ../references.md#key.
const ENTRY = /^[-*] \[([a-z0-9]+(?:-[a-z0-9]+)*)\][ \t]/;
const REFERENCE_LINK = /\]\(([^)\s]*references\.md)#([^)\s]*)\)/g;

interface Citation {
  file: string;
  line: number;
  target: string;
  key: string;
}

function referenceKeys(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => {
    const key = ENTRY.exec(line)?.[1];
    return key ? [key] : [];
  });
}

function citations(file: string, markdown: string): Citation[] {
  return markdown.split('\n').flatMap((text, index) =>
    [...text.matchAll(REFERENCE_LINK)].map((match) => ({
      file,
      line: index + 1,
      target: match[1] ?? '',
      key: match[2] ?? '',
    })),
  );
}

const moduleFiles = fs
  .readdirSync(modulesDir)
  .filter((file) => file.endsWith('.md'))
  .sort();
const keys = referenceKeys(fs.readFileSync(path.join(courseDir, 'references.md'), 'utf8'));
const cited = moduleFiles.flatMap((file) =>
  citations(file, fs.readFileSync(path.join(modulesDir, file), 'utf8')),
);

describe('references of the bundled course', () => {
  test('the scan reads keys and links the way the format writes them', () => {
    expect(
      referenceKeys('# R\n\n- [li-2010] Li N. Title.\n* [zanos-2018] Zanos P.\n- Not [a-key] entry'),
    ).toEqual(['li-2010', 'zanos-2018']);
    expect(
      citations('m.md', 'See [Li](../references.md#li-2010) and [Z](../references.md#zanos-2018).'),
    ).toEqual([
      { file: 'm.md', line: 1, target: '../references.md', key: 'li-2010' },
      { file: 'm.md', line: 1, target: '../references.md', key: 'zanos-2018' },
    ]);
  });

  test('references.md lists each key once', () => {
    expect(keys.length).toBeGreaterThan(29);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every module links to the bibliography as ../references.md#key', () => {
    expect(moduleFiles).toHaveLength(10);
    const badTargets = cited.filter((c) => c.target !== '../references.md');
    expect(badTargets.map((c) => `${c.file}:${c.line} ${c.target}#${c.key}`)).toEqual([]);
  });

  test('every cited key is present in references.md', () => {
    const unknown = cited.filter((c) => !keys.includes(c.key));
    expect(unknown.map((c) => `${c.file}:${c.line} cites missing key "${c.key}"`)).toEqual([]);
  });

  test('every key in references.md is cited by at least one module', () => {
    const citedKeys = new Set(cited.map((c) => c.key));
    expect(keys.filter((key) => !citedKeys.has(key))).toEqual([]);
  });
});

describe('loading the bundled course', () => {
  const { course, problems } = loadCoursePackage(courseDir);

  test('loads with no errors and no warnings', () => {
    expect(problems).toEqual([]);
    expect(course?.id).toBe('ketamine-therapy');
  });

  test('has the same reference keys as the scan above', () => {
    expect(course?.referenceKeys).toEqual(keys);
  });

  test('the item-writing rules find nothing', () => {
    expect(course && checkItemWriting(course).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  test('every item names the objectives it assesses, and every objective has an id', () => {
    const items = [
      ...(course?.modules.flatMap((m) => m.questions) ?? []),
      ...(course?.postTest?.questions ?? []),
    ];
    expect(items).toHaveLength(120);
    expect(items.filter((item) => item.objectives.length === 0).map((item) => item.id)).toEqual([]);
    const ids = [...(course?.objectiveIds ?? []), ...(course?.modules.flatMap((m) => m.objectiveIds) ?? [])];
    expect(ids.filter((id) => id === null)).toEqual([]);
  });

  test('every figure has alt text and a caption', () => {
    const images = moduleFiles.flatMap((file) =>
      [
        ...fs
          .readFileSync(path.join(modulesDir, file), 'utf8')
          .matchAll(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)/g),
      ].map((match) => ({ file, alt: match[1] ?? '', src: match[2] ?? '', caption: match[3] ?? '' })),
    );
    expect(images.length).toBeGreaterThanOrEqual(6);
    expect(images.filter((image) => image.alt.trim() === '' || image.caption.trim() === '')).toEqual([]);
  });

  test('estimates between 285 and 330 minutes of learner time', () => {
    const minutes = course?.estimate.totalMinutes ?? 0;
    expect(minutes).toBeGreaterThanOrEqual(285);
    expect(minutes).toBeLessThanOrEqual(330);
  });
});
