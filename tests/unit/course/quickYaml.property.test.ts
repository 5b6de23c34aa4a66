import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { courseMarkdown } from '../../../main/core/course/render/courseMarkdown';
import { splitFrontMatter } from '../../../main/core/course/frontMatter';
import { ProblemSink } from '../../../main/core/course/problemSink';
import { splitQuestionBlocks } from '../../../main/core/course/questionBlocks';
import { readYamlQuickly } from '../../../main/core/course/quickYaml';
import { parseYaml } from '../../../main/core/course/yamlSource';
import { YamlList, YamlMapping } from '../../../main/core/course/yamlValues';
import type { YamlValue } from '../../../main/core/course/yamlValues';

/*
 * The quick YAML reader must agree with the `yaml` package on every text it accepts: the same values, in the same
 * order, with the same text as written for numbers and true/false. Whatever it is unsure of it must leave to `yaml`.
 */

/** What the readers can see of a value: kinds, order, values, and the written text of non-text scalars. */
function shape(value: YamlValue | null): unknown {
  if (value === null) return null;
  if (typeof value === 'string') return { text: value };
  if (value instanceof YamlMapping)
    return { map: value.keys.map((key, i) => [shape(key), shape(value.values[i] ?? null)]) };
  if (value instanceof YamlList) return { seq: value.items.map(shape) };
  return { value: value.value, source: value.source };
}

/** The values of a text read by `yaml` (with places); undefined when `yaml` refuses it. */
function fromYaml(text: string): unknown {
  const parsed = parseYaml({ file: 'test.yml', text, firstLine: 1 }, new ProblemSink());
  return parsed ? shape(parsed.root) : undefined;
}

/** Checks the one property; returns whether the quick reader accepted the text. */
function expectAgreement(text: string): boolean {
  const quick = readYamlQuickly(text);
  if (quick === null) return false;
  const expected = fromYaml(text);
  if (!isDeepStrictEqual(shape(quick.root), expected)) {
    expect.fail(
      `quick reader and yaml differ on ${JSON.stringify(text)}:\n${JSON.stringify(shape(quick.root))}\n${JSON.stringify(expected)}`,
    );
  }
  return true;
}

const bundledDir = path.resolve(__dirname, '../../../courses/ketamine-therapy');

/** Every YAML text of the bundled course: its three YAML files, each module's front matter and question blocks. */
function bundledYamlTexts(): string[] {
  const texts = ['course.yml', 'post-test.yml', 'evaluation.yml'].map((file) =>
    fs.readFileSync(path.join(bundledDir, file), 'utf8'),
  );
  const sink = new ProblemSink();
  for (const file of fs.readdirSync(path.join(bundledDir, 'modules'))) {
    const text = fs.readFileSync(path.join(bundledDir, 'modules', file), 'utf8');
    const split = splitFrontMatter(text, file, sink);
    if (!split) continue;
    texts.push(split.yaml);
    const tokens = courseMarkdown().parse(split.body, {});
    const where = { file, bodyFirstLine: split.bodyFirstLine };
    texts.push(...splitQuestionBlocks(split.body, tokens, where, sink).blocks.map((block) => block.yaml));
  }
  expect(sink.list()).toEqual([]);
  return texts;
}

describe('quick YAML reader', () => {
  test('reads every YAML text of the bundled course, exactly as yaml does', () => {
    const texts = bundledYamlTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(expectAgreement(text)).toBe(true);
  });

  test.each([
    ['word keys, nesting, lists at the key indent', 'a: 1\nb:\n  c: x\nd:\n- 1\n- two\ne: ~\n'],
    ['numbers and booleans keep their written text', 'a: 1.50\nb: 0x1F\nc: 0o17\nd: True\ne: .5\nf: -.inf\n'],
    ['dates and yes stay text', 'a: 2026-11-01\nb: yes\nc: 1_000\n'],
    ['comments everywhere', '# top\na: b # trailing\n  # deeper comment\nc:\n  # before\n  - x\n'],
    ['quotes', "a: \"x: y # z \\\" \\u00e9 \\n\"\nb: 'it''s'\nc: \"\" \nd: ''\n"],
    [
      'blocks',
      'a: |\n  one\n\n  two\n\n\nb: >-\n  three\n  four\n\n  five\nc: |-\n    indented\n      more\n',
    ],
    [
      'compact mappings in lists',
      'q:\n  - id: a\n    text: "x"\n  -   id: b\n      why: |\n        w\n  -\n    id: c\n',
    ],
    ['flow lists', 'a: [a, \'b\', "c, d", 1, true]\nb: []\nc: [ x ] # note\n'],
    ['an empty text', ''],
    ['comments only', '# nothing\n\n   \n'],
  ])('agrees with yaml and accepts: %s', (_, text) => {
    expect(expectAgreement(text)).toBe(true);
  });

  test.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a plain value over two lines', 'a: one\n  two\n'],
    ['a quoted value over two lines', 'a: "one\n  two"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a nested flow list', 'a: [[1], 2]\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a trailing comma in a flow list', 'a: [1, 2,]\n'],
    ['a tab', 'a:\tb\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a key that is not text', 'true: 1\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['a more-indented folded line', 'a: >\n  x\n    y\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a top-level scalar', 'just text\n'],
    ['text after a closing quote', 'a: "x" y\n'],
  ])('leaves to yaml: %s', (_, text) => {
    expect(readYamlQuickly(text)).toBeNull();
  });

  const key = fc.constantFrom(
    'id',
    'text',
    'why',
    'answer',
    'x-note',
    'type',
    'a_b',
    'null',
    'Yes',
    'options',
  );
  const scalarText = fc.oneof(
    fc.string({
      unit: fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '\\', '\n', '|', '>', '&', '*', 'é'),
    }),
    fc.constantFrom(
      '1',
      '1.0',
      '0x1F',
      '0o7',
      '-2',
      '.5',
      '1e3',
      'true',
      'False',
      '~',
      'null',
      '',
      ' ',
      '2026-01-01',
    ),
    fc.lorem({ maxCount: 30 }),
  );
  const value = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalarText,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const styles = fc.record({
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    defaultStringType: fc.constantFrom(
      'PLAIN',
      'QUOTE_DOUBLE',
      'QUOTE_SINGLE',
      'BLOCK_LITERAL',
      'BLOCK_FOLDED',
    ),
    defaultKeyType: fc.constantFrom(null, 'PLAIN'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    flowCollectionPadding: fc.boolean(),
  });

  test('agrees with yaml on every generated text it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), styles, (doc, options) => {
        const text = stringify(doc, null, options as Parameters<typeof stringify>[2]);
        if (expectAgreement(text)) accepted++;
      }),
      { numRuns: 1500 },
    );
    // The property means little if the reader declines everything.
    expect(accepted).toBeGreaterThan(150);
  });

  test('agrees with yaml on every mutated text it accepts', () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 3 }),
        insert: fc.constantFrom(
          ...[
            '',
            ' ',
            '  ',
            '\n',
            ':',
            ': ',
            '#',
            ' #',
            '-',
            '- ',
            '"',
            "'",
            '\\',
            '|',
            '>',
            '|-',
            'a',
            '\n  ',
          ],
          ...['[', ']', ',', ', ', '{', '&a ', '*a', '!', '?', '~', '1', '.5', 'true', '\n- ', '\n---\n'],
        ),
      }),
      { minLength: 1, maxLength: 3 },
    );
    const seeds = bundledYamlTexts().filter((text) => text.length < 4000);
    fc.assert(
      fc.property(fc.constantFrom(...seeds), edits, (seed, changes) => {
        let text = seed;
        for (const change of changes) {
          const at = change.at % (text.length + 1);
          text = text.slice(0, at) + change.insert + text.slice(at + change.remove);
        }
        expectAgreement(text);
      }),
      { numRuns: 3000 },
    );
  });
});
