import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countReadingWords } from '../../../main/core/course/courseEstimate';
import { splitFrontMatter } from '../../../main/core/course/frontMatter';
import { ProblemSink } from '../../../main/core/course/problemSink';
import { splitQuestionBlocks } from '../../../main/core/course/questionBlocks';
import { courseMarkdown } from '../../../main/core/course/render/courseMarkdown';
import { slugifyHeading } from '../../../main/core/course/render/headingIds';
import { SourceColumns } from '../../../main/core/course/render/sourceColumn';

/*
 * The loader scans module text by offsets and character codes rather than by splitting it into lines and words.
 * Each scan is held here to the plain line-by-line or word-by-word reading it stands for.
 */

// prettier-ignore
const LINES = [
  '---', '...', '--- ', '', '  ', 'id: q', 'text word', 'é 中文 𝒳', '- item', '    code', '> quote', '1. one',
  '```question', '```', '````question', '````', '~~~question', '~~~', '  ```question', '- ```question',
  '[a](02.md) [a](02.md)', '[b](x%20y.md)', 'x y', 'a\u00a0b', '\u2003', '#', '# Heading',
];
const textArb = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((lines) => lines.join('\n'));

/** Front matter as line-by-line reading finds it. */
function frontMatterByLines(text: string) {
  const lines = text.split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (close === -1) return null;
  const yaml = `${lines.slice(1, close).join('\n')}\n`;
  return { yaml, yamlFirstLine: 2, body: lines.slice(close + 1).join('\n'), bodyFirstLine: close + 2 };
}

/** The reading text as blanking each kept block's lines and joining the lines again gives it. */
function readingByLines(body: string, blockLines: Array<[number, number]>): string {
  const lines = body.split('\n');
  for (const [start, end] of blockLines) lines.fill('', start, end);
  return lines.join('\n');
}

/** Words as splitting at whitespace and keeping the pieces with a letter or digit counts them. */
function wordsBySplitting(text: string): number {
  return text.split(/\s+/u).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
}

describe('module text scans', () => {
  test('front matter is cut where line-by-line reading cuts it', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(splitFrontMatter(text, 'm.md', new ProblemSink())).toEqual(frontMatterByLines(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('the reading text blanks exactly the lines of the question blocks taken out', () => {
    let withBlocks = 0;
    fc.assert(
      fc.property(textArb, (body) => {
        const tokens = courseMarkdown().parse(body, {});
        const split = splitQuestionBlocks(
          body,
          tokens,
          { file: 'm.md', bodyFirstLine: 1 },
          new ProblemSink(),
        );
        // Each block taken out is the fence whose first line is the one before the block's YAML.
        const kept = split.blocks.map(
          (block) =>
            tokens.find((token) => token.type === 'fence' && token.map?.[0] === block.yamlFirstLine - 2)
              ?.map as [number, number],
        );
        if (kept.length > 0) withBlocks++;
        expect(split.readingMarkdown).toBe(readingByLines(body, kept));
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: about 130 of the 2000 bodies hold a block taken out (108–148 over 30 runs), so a bound at 100
    // failed by chance; 50 is far below anything chance gives.
    expect(withBlocks).toBeGreaterThan(50);
  });

  test('reading words are the whitespace-separated pieces with a letter or digit', () => {
    fc.assert(
      fc.property(textArb, fc.string({ unit: 'grapheme' }), (lines, text) => {
        expect(countReadingWords(lines)).toBe(wordsBySplitting(lines));
        expect(countReadingWords(text)).toBe(wordsBySplitting(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('an ASCII heading gets the slug the general Unicode rule gives', () => {
    const general = (text: string) => {
      const slug = text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/[\s-]+/g, '-')
        .replace(/^-+|-+$/g, '');
      return slug === '' ? 'section' : slug;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(slugifyHeading(text)).toBe(general(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('link targets are found where a line-by-line search finds them', () => {
    const byLines = (source: string) => {
      const lines = source.split('\n');
      let cursor = { line: -1, column: 0 };
      return (target: string, start: number, end: number) => {
        if (cursor.line < start || cursor.line >= end) cursor = { line: start, column: 0 };
        const spellings = [target, ...(target.includes('%') ? [decodeURI(target)] : [])];
        for (const candidate of spellings.filter((s) => s !== '')) {
          for (let line = cursor.line; line < end && line < lines.length; line++) {
            const index = (lines[line] ?? '').indexOf(candidate, line === cursor.line ? cursor.column : 0);
            if (index === -1) continue;
            cursor = { line, column: index + candidate.length };
            return { line, column: index + 1 };
          }
        }
        const first = lines[start] ?? '';
        return { line: start, column: first.length - first.trimStart().length + 1 };
      };
    };
    const query = fc.tuple(
      fc.constantFrom('02.md', 'x%20y.md', 'x y', 'a', 'b\na', 'zz'),
      fc.nat(12),
      fc.nat(4),
    );
    fc.assert(
      fc.property(textArb, fc.array(query, { maxLength: 8 }), (source, queries) => {
        const columns = new SourceColumns(source);
        const expected = byLines(source);
        for (const [target, start, length] of queries) {
          expect(columns.locate(target, start, start + length + 1)).toEqual(
            expected(target, start, start + length + 1),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});
