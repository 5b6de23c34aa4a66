import { describe, expect, test } from 'vitest';
import {
  countReadingWords,
  estimateCourseMinutes,
  estimateModuleMinutes,
} from '../../../main/core/course/courseEstimate';
import { closestKey } from '../../../main/core/course/closestKey';
import { HeadingSlugger, slugifyHeading } from '../../../main/core/course/render/headingIds';

describe('countReadingWords', () => {
  test.each([
    ['', 0],
    ['one two  three\n\tfour', 4],
    ['# Heading\n\n- item - dash — 2', 4],
    ['**bold** [link](02-x.md) `code` 1–2 mg/kg', 5],
    ['| a | b |\n| --- | --- |', 2],
    ['Ärztliche Aufklärung 中文', 3],
  ])('%j has %i words', (text, words) => {
    expect(countReadingWords(text)).toBe(words);
  });
});

describe('estimates', () => {
  test('a module: words / 150 + 1.85 per question', () => {
    expect(estimateModuleMinutes(3000, 4)).toEqual({
      readingWords: 3000,
      questionCount: 4,
      minutes: 20 + 7.4,
    });
  });

  test('a course: modules + 1.85 per drawn post-test question + 5 for the evaluation', () => {
    const estimate = estimateCourseMinutes({
      modules: [
        { moduleId: 'a', readingWords: 1500, questionCount: 2 },
        { moduleId: 'b', readingWords: 750, questionCount: 3 },
      ],
      postTestDraw: 10,
      hasEvaluation: true,
    });
    expect(estimate.readingWords).toBe(2250);
    expect(estimate.presentedQuestions).toBe(15);
    expect(estimate.totalMinutes).toBeCloseTo(15 + 15 * 1.85 + 5, 9);
    expect(estimate.modules.map((m) => m.moduleId)).toEqual(['a', 'b']);
  });

  test('no post-test and no evaluation add nothing', () => {
    const estimate = estimateCourseMinutes({
      modules: [{ moduleId: 'a', readingWords: 150, questionCount: 0 }],
      postTestDraw: 0,
      hasEvaluation: false,
    });
    expect(estimate.totalMinutes).toBe(1);
    expect(estimate.evaluationMinutes).toBe(0);
  });
});

describe('heading slugs', () => {
  test.each([
    ['Dosing & monitoring (IV)', 'dosing-monitoring-iv'],
    ['  Spaces   and -- dashes  ', 'spaces-and-dashes'],
    ['Ärztliche Aufklärung', 'ärztliche-aufklärung'],
    ['!!!', 'section'],
    ['Step 1: 0.5 mg/kg', 'step-1-05-mgkg'],
  ])('%j becomes %j', (text, slug) => {
    expect(slugifyHeading(text)).toBe(slug);
  });

  test('repeats get -1, -2 and never collide with reserved ids', () => {
    const slugger = new HeadingSlugger(['summary-1']);
    expect(['Summary', 'Summary', 'Summary'].map((t) => slugger.next(t))).toEqual([
      'summary',
      'summary-2',
      'summary-3',
    ]);
  });
});

describe('closestKey', () => {
  const keys = ['title', 'release_date', 'expiry_date', 'module_pass'];
  test.each([
    ['titel', 'title'],
    ['Title', 'title'],
    ['release-date', 'release_date'],
    ['expiry_dat', 'expiry_date'],
    ['colour', null],
    ['x', null],
  ])('%s suggests %s', (typo, suggestion) => {
    expect(closestKey(typo, keys)).toBe(suggestion);
  });
});
