import { LineCounter, parseDocument, visit } from 'yaml';
import type { Node } from 'yaml';
import type { ProblemSink, SourcePlace } from './problemSink';
import { readYamlQuickly } from './quickYaml';

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

  /** The place of a character offset in the YAML text; the text's first line when it was read without places. */
  at(offset: number): SourcePlace {
    if (!this.lineCounter) return this.start;
    const pos = this.lineCounter.linePos(offset);
    return { file: this.file, line: pos.line + this.firstLine - 1, column: pos.col };
  }

  /** The place where a node starts; the text's first line when the node has no range. */
  of(node: Node | null | undefined): SourcePlace {
    return this.at(node?.range?.[0] ?? 0);
  }
}

export interface ParsedYaml {
  /** The top node, or null for an empty text. */
  root: Node | null;
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const places = new YamlPlaces(source.file, lineCounter, source.firstLine);
  for (const err of doc.errors) {
    const hint = syntaxHints[err.code] ?? 'check quotes, colons and indentation here';
    sink.error(places.at(err.pos[0]), `YAML syntax error: ${firstSentence(err.message)}; ${hint}.`);
  }
  if (doc.errors.length > 0) return null;
  // An alias is written with `*`, so a text without one needs no walk over its nodes.
  if (source.text.includes('*') && reportAliases(doc, places, sink)) return null;
  return { root: doc.contents, places };
}

/** Aliases (`*name`) are refused: course files are read by people, and an alias hides what a value is. */
function reportAliases(doc: Parameters<typeof visit>[0], places: YamlPlaces, sink: ProblemSink): boolean {
  let found = false;
  visit(doc, {
    Alias(_, node) {
      found = true;
      sink.error(
        places.of(node),
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
