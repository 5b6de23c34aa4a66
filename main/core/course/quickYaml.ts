import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import { blockValue, flowListValue, leave, LeftToYaml, plainValue, quotedValue } from './quickYamlScalars';

/*
 * The quick YAML reader. The `yaml` package tracks the place of every node, which the validator needs to name the
 * line of a problem, but it costs more than rendering all of a course's markdown. A course without problems never
 * shows a place, so the loader's first pass reads YAML here: the block subset that course files are written in
 * (mappings with word keys, lists, one-line plain and quoted values and flow lists, `|` and `>` blocks, comments), built into the
 * same node classes the readers walk. Anything outside the subset, or anything the reader is unsure of, is left to
 * `yaml`; the first problem sends the whole load back through `yaml` (see courseLoader.ts). A differential property
 * test holds the two to the same result on every text the quick reader accepts.
 */

// A key the subset reads: a plain word, then ":" and a space or the end of the line.
const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +(.*))?$/;
// Keys that the core schema reads as null or true/false rather than as text; `yaml` reports them.
const NON_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * Reads a YAML text into `yaml` node classes, without source places. Null when the quick reader leaves the text to
 * `yaml`: a syntax error, or a form outside its subset. An empty text (or comments only) gives a null root.
 */
export function readYamlQuickly(text: string): { root: Node | null } | null {
  // Tabs, carriage returns and a byte-order mark each have rules of their own; `yaml` applies them.
  if (/[\t\r\ufeff]/.test(text)) return null;
  try {
    return { root: new QuickYamlReader(text.split('\n')).document() };
  } catch (error) {
    if (error instanceof LeftToYaml) return null;
    throw error;
  }
}

function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent++;
  return indent;
}

function isSequenceItem(line: string, indent: number): boolean {
  return line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
}

/** One pass over the lines of one text; `at` is the line being read. */
class QuickYamlReader {
  private at = 0;

  constructor(private readonly lines: readonly string[]) {}

  document(): Node | null {
    if (!this.skipToContent()) return null;
    if (indentOf(this.line()) !== 0 || /^(?:---|\.\.\.|%)/.test(this.line())) leave();
    const root = this.block(0);
    if (this.skipToContent()) leave();
    return root;
  }

  private line(): string {
    return this.lines[this.at] ?? '';
  }

  /** Moves past blank and comment lines; false at the end of the text. */
  private skipToContent(): boolean {
    for (; this.at < this.lines.length; this.at++) {
      const line = this.line();
      const indent = indentOf(line);
      if (indent !== line.length && line[indent] !== '#') return true;
    }
    return false;
  }

  /** The mapping or list whose first line (the current one) starts at `indent`. */
  private block(indent: number): Node {
    return isSequenceItem(this.line(), indent) ? this.sequence(indent) : this.mapping(indent);
  }

  /** A mapping whose keys start at column `indent`; its first key may follow a "- " on the current line. */
  private mapping(indent: number): YAMLMap {
    const map = new YAMLMap();
    const keys = new Set<string>();
    for (let first = true; first || this.continuesAt(indent); first = false) {
      const match = KEY_LINE.exec(this.line().slice(indent)) ?? leave();
      const key = match[1] ?? leave();
      if (NON_TEXT_KEY.test(key) || keys.has(key)) leave();
      keys.add(key);
      this.at++;
      map.items.push(new Pair(new Scalar(key), this.value(match[2] ?? '', indent, true)));
    }
    return map;
  }

  /** A list whose "- " marks stand at column `indent`. */
  private sequence(indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    for (let first = true; first || this.continuesAt(indent); first = false) {
      const line = this.line();
      if (!isSequenceItem(line, indent)) break;
      const column = indent + 1 + indentOf(line.slice(indent + 1));
      const rest = line.slice(column);
      if (isSequenceItem(line, column)) leave();
      if (KEY_LINE.test(rest)) {
        seq.items.push(this.mapping(column));
      } else {
        this.at++;
        seq.items.push(this.value(rest, indent, false));
      }
    }
    return seq;
  }

  /**
   * Whether the block at `indent` goes on with the next content line. A line indented deeper than the block is left
   * to `yaml`: it would continue a plain value over several lines, or be an error.
   */
  private continuesAt(indent: number): boolean {
    if (!this.skipToContent()) return false;
    const lineIndent = indentOf(this.line());
    if (lineIndent > indent) leave();
    return lineIndent === indent;
  }

  /**
   * The value written after a key or a "- " (`rest`, possibly empty), in a block at `indent`. A mapping's key may
   * take a list at its own indent (`sameIndentList`).
   */
  private value(rest: string, indent: number, sameIndentList: boolean): Node {
    if (rest === '' || rest.startsWith('#')) return this.nestedBlock(indent, sameIndentList);
    if (rest.startsWith('|') || rest.startsWith('>')) {
      const block = blockValue(rest, this.lines, this.at, indent);
      this.at = block.next;
      return block.node;
    }
    if (rest.startsWith('"') || rest.startsWith("'")) return quotedValue(rest);
    if (rest.startsWith('[')) return flowListValue(rest);
    return plainValue(rest);
  }

  /** The block under a key or "- " with nothing after it; an empty value when none follows. */
  private nestedBlock(indent: number, sameIndentList: boolean): Node {
    if (this.skipToContent()) {
      const lineIndent = indentOf(this.line());
      if (lineIndent > indent) return this.block(lineIndent);
      if (sameIndentList && lineIndent === indent && isSequenceItem(this.line(), indent)) {
        return this.sequence(indent);
      }
    }
    const empty = new Scalar(null);
    empty.source = '';
    return empty;
  }
}
