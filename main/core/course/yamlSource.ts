import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { MAX_YAML_DEPTH } from './contentLimits';
import type { ProblemSink, SourcePlace } from './problemSink';
import { readYamlQuickly } from './quickYaml';
import { findExcessiveNesting } from './yamlDepth';
import { EMPTY_VALUE, YamlList, YamlMapping, YamlScalar } from './yamlValues';
import type { YamlValue } from './yamlValues';

/** A YAML text and where it sits in its file (front matter and question blocks start below line 1). */
export interface YamlText {
  file: string;
  text: string;
  /** 1-based file line of the text's first line. */
  firstLine: number;
}

/** Turns offsets in a YAML text into file places. */
export class YamlPlaces {
  /** The text's first line: every place of a text read without places. */
  private readonly start: SourcePlace;

  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter | null,
    private readonly firstLine: number,
  ) {
    this.start = { file, line: firstLine, column: 1 };
  }

  /**
   * The place of a character offset in the YAML text, from a list or mapping's offsets (null for a text read
   * without places, whose every place is its first line).
   */
  at(offsets: readonly number[] | null, index: number): SourcePlace {
    const offset = offsets?.[index];
    if (!this.lineCounter || offset === undefined) return this.start;
    const pos = this.lineCounter.linePos(offset);
    return { file: this.file, line: pos.line + this.firstLine - 1, column: pos.col };
  }
}

export interface ParsedYaml {
  /** The top value, or null for an empty text. */
  root: YamlValue | null;
  places: YamlPlaces;
}

const syntaxHints: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same mapping; keep one',
  MULTIPLE_DOCS: 'a line with only --- starts a second YAML document; remove it',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'a closing quote or bracket, or the ": " after a key, is missing',
  BAD_INDENT: 'check the indentation of this line and the lines above',
  BLOCK_AS_IMPLICIT_KEY: 'put text that contains ": " in quotes',
  MULTILINE_IMPLICIT_KEY: 'put text that contains ": " in quotes, or use | for several lines',
};

/**
 * Parses one YAML text (YAML 1.2 core schema: dates stay text, `yes` stays text). Syntax errors are reported with
 * their file place and null is returned, because a broken tree only yields misleading follow-up problems. When the
 * sink does not need places, the quick reader is tried first.
 */
export function parseYaml(source: YamlText, sink: ProblemSink): ParsedYaml | null {
  const quick = sink.needsPlaces ? null : readYamlQuickly(source.text);
  if (quick) return { root: quick.root, places: new YamlPlaces(source.file, null, source.firstLine) };
  const deep = findExcessiveNesting(source.text);
  if (deep) {
    sink.error(
      { file: source.file, line: deep.line + source.firstLine - 1, column: deep.column },
      DEPTH_MESSAGE,
    );
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const places = new YamlPlaces(source.file, lineCounter, source.firstLine);
  for (const err of doc.errors) {
    const hint = syntaxHints[err.code] ?? 'check quotes, colons and indentation here';
    sink.error(places.at(err.pos, 0), `YAML syntax error: ${firstSentence(err.message)}; ${hint}.`);
  }
  if (doc.errors.length > 0) return null;
  // An alias is written with `*`, so a text without one needs no walk over its nodes.
  if (source.text.includes('*') && reportAliases(doc, places, sink)) return null;
  if (doc.contents === null) return { root: null, places };
  const converted = { tooDeepAt: null as number | null };
  const root = valueOf(doc.contents, 1, converted);
  if (converted.tooDeepAt !== null) {
    sink.error(places.at([converted.tooDeepAt], 0), DEPTH_MESSAGE);
    return null;
  }
  return { root, places };
}

const DEPTH_MESSAGE =
  `YAML is nested more than ${MAX_YAML_DEPTH} levels deep here (lists and mappings inside each other); ` +
  'course files need far fewer. Write this value flatter';

/**
 * A node of `yaml`'s tree as a value, with the offsets of its items, keys and values. Aliases were refused. A list
 * or mapping at `depth` past the limit is not converted; where it starts is kept in `converted.tooDeepAt`. (The
 * lexer's count let the tree through; it can count a list at its key's column one level short.)
 */
function valueOf(node: unknown, depth: number, converted: { tooDeepAt: number | null }): YamlValue {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return value;
    if (value === null || value === undefined) return new YamlScalar(null, node.source ?? '');
    return new YamlScalar(value as number | boolean, node.source ?? String(value));
  }
  if ((isSeq(node) || isMap(node)) && depth > MAX_YAML_DEPTH) {
    converted.tooDeepAt ??= offsetOf(node);
    return EMPTY_VALUE;
  }
  const inner = (child: unknown) => valueOf(child, depth + 1, converted);
  if (isSeq(node)) {
    return new YamlList(node.items.map(inner), node.items.map(offsetOf));
  }
  if (isMap(node)) {
    const pairs = node.items;
    return new YamlMapping(
      pairs.map((pair) => (pair.key === null ? EMPTY_VALUE : inner(pair.key))),
      pairs.map((pair) => (pair.value === null ? EMPTY_VALUE : inner(pair.value))),
      pairs.map((pair) => offsetOf(pair.key)),
      pairs.map((pair) => (pair.value === null ? -1 : offsetOf(pair.value))),
    );
  }
  return EMPTY_VALUE;
}

/** Where a node starts in the text; 0 (the text's start) for a node without a range. */
function offsetOf(node: unknown): number {
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

/** Aliases (`*name`) are refused: course files are read by people, and an alias hides what a value is. */
function reportAliases(doc: Parameters<typeof visit>[0], places: YamlPlaces, sink: ProblemSink): boolean {
  let found = false;
  visit(doc, {
    Alias(_, node) {
      found = true;
      sink.error(
        places.at(node.range ?? null, 0),
        `YAML aliases like "*${node.source}" are not supported; write the value out in full.`,
      );
    },
  });
  return found;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/[.:]\s*$/, '');
}
