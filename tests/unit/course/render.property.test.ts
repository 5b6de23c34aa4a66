import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeCourseMarkdown, renderCourseMarkdown } from '../../../main/core/course/render/courseHtml';
import { demoRenderContext } from './demoRenderContext';
import { expectSafeHtml } from './htmlSafety';

const fixtureDir = path.resolve('tests/fixtures/render');
const MAX_MS_PER_CASE = 1000;

/** Pieces of markdown and of attacks on it, glued together at random. */
// prettier-ignore
const ATTACK_PIECES = [
  'javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,', 'file:///', '&#106;', '&#x6A;',
  '&colon;', '%3A', '\u0000', '\u200b', 'java\nscript:', '<script>', '</script>', 'onerror=', ' onload="x"', '"',
  '<img src=x onerror=alert(1)>', '](', '![', '[', ']', '(', ')', '<', '>', '"title"', '\n\n', '```question\n',
  'https://example.org', 'mailto:a@b.c', '../assets/figure.png', '02-dosing.md#x', '../references.md#k', '#',
  '//evil.example', '- [key] ', '# ', '| a | b |\n| - | - |\n', '[ref]: javascript:alert(1)\n', '[ref]', '\\',
];
const pieceArb = fc.oneof(
  fc.string({
    unit: fc.constantFrom(...'[]()<>!#*_`~:/\\&;"\' \n\tjavascriptdaJS%0'.split('')),
    maxLength: 12,
  }),
  fc.constantFrom(...ATTACK_PIECES),
);
const markdownArb = fc.array(pieceArb, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('rendering random markdown', () => {
  test.each(['module.md', 'references.md'])('as %s: never throws, and the HTML stays safe', (name) => {
    const context = demoRenderContext(fixtureDir, name);
    fc.assert(
      fc.property(markdownArb, (markdown) => {
        const started = performance.now();
        const { html } = renderCourseMarkdown(markdown, context);
        expect(performance.now() - started).toBeLessThan(MAX_MS_PER_CASE);
        expectSafeHtml(html, ['#/module/', '#/references'], 'demo-course');
      }),
      { numRuns: 300 },
    );
  });

  test('every link and image the renderer sees is recorded with a place in the source', () => {
    const context = demoRenderContext(fixtureDir, 'module.md');
    fc.assert(
      fc.property(markdownArb, (markdown) => {
        const { env } = analyzeCourseMarkdown(markdown, context);
        const lineCount = markdown.split('\n').length;
        for (const finding of env.findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.line).toBeLessThanOrEqual(lineCount);
          expect(finding.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
