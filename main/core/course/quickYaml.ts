import { MAX_YAML_DEPTH } from './contentLimits';
import { blockValue, flowListValue, leave, LeftToYaml, plainValue, quotedValue } from './quickYamlScalars';
import { EMPTY_VALUE, YamlList, YamlMapping } from './yamlValues';
import type { YamlValue } from './yamlValues';

/*
 * The quick YAML reader. The `yaml` package tracks the place of every node, which the validator needs to name the
 * line of a problem, but it costs more than rendering all of a course's markdown. A course without problems never
 * shows a place, so the loader's first pass reads YAML here: the block subset that course files are written in
 * (mappings with word keys, lists, one-line plain and quoted values and flow lists, `|` and `>` blocks, comments),
 * into the same values (yamlValues.ts) that a `yaml` read is converted to. Anything outside the subset, or anything
 * the reader is unsure of, is left to `yaml`; the first problem sends the whole load back through `yaml` (see
 * courseLoader.ts). A differential property test holds the two to the same values on every text the quick reader
 * accepts.
 */

// Keys that the core schema reads as null or true/false rather than as text; `yaml` reports them.
const NON_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * Reads a YAML text into values, without source places. Null when the quick reader leaves the text to `yaml`: a
 * syntax error, or a form outside its subset. An empty text (or comments only) gives a null root.
 */
export function readYamlQuickly(text: string): { root: YamlValue | null } | null {
  // Tabs, carriage returns and a byte-order mark each have rules of their own; `yaml` applies them.
  if (text.includes('\t') || text.includes('\r') || text.includes('\ufeff')) return null;
  try {
    const separators = text.includes('\u2028') || text.includes('\u2029');
    return { root: new QuickYamlReader(text.split('\n'), separators).document() };
  } catch (error) {
    if (error instanceof LeftToYaml) return null;
    throw error;
  }
}

/** The index of the first character at or after `from` that is not a space. */
function indentOf(line: string, from = 0): number {
  let indent = from;
  // Bounded, so reading past the end of an all-space line never deoptimises the loop.
  while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
  return indent;
}

/** A key line from `from` on, and what follows the key's ": "; null when the line is not one. */
interface KeyLine {
  key: string;
  rest: string;
}

// A key and its colon, matched where the key starts (sticky), so the line is not sliced to test it.
const KEY = /[A-Za-z_][\w-]*:/y;

/**
 * Reads a key the subset knows from `from` on: a plain word (a letter or _, then letters, digits, _ and -), then ":"
 * at the end of the line or followed by spaces and the rest of the line. It reads what the pattern
 * /^([A-Za-z_][\w-]*):(?: +(.*))?$/ would, with only the key matched by a pattern: that whole-line pattern was the
 * reader's hottest line.
 */
function readKeyLine(line: string, from: number, separators: boolean): KeyLine | null {
  KEY.lastIndex = from;
  if (!KEY.test(line)) return null;
  const at = KEY.lastIndex - 1;
  const key = line.slice(from, at);
  if (at + 1 === line.length) return { key, rest: '' };
  if (line.charCodeAt(at + 1) !== 32) return null;
  const rest = line.slice(indentOf(line, at + 1));
  // "." in the pattern stops at a line or paragraph separator, so such a rest did not match. `separators` says
  // whether the text has any.
  return separators && (rest.includes('\u2028') || rest.includes('\u2029')) ? null : { key, rest };
}

/** Keys of four or five letters may be null, true or false, which `yaml` reads as such. */
function isNonTextKey(key: string): boolean {
  return (key.length === 4 || key.length === 5) && NON_TEXT_KEY.test(key);
}

function isSequenceItem(line: string, indent: number): boolean {
  return line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
}

/** One pass over the lines of one text; `at` is the line being read. */
class QuickYamlReader {
  private at = 0;
  /** The indent of line `at`, set when skipToContent stops there. */
  private indent = 0;
  /** Lists and mappings open around the value being read; past the limit `yaml` reads the text and says where. */
  private depth = 0;

  constructor(
    private readonly lines: readonly string[],
    /** Whether the text holds a line or paragraph separator (U+2028, U+2029) anywhere. */
    private readonly separators: boolean,
  ) {}

  document(): YamlValue | null {
    if (!this.skipToContent()) return null;
    if (this.indent !== 0 || /^(?:---|\.\.\.|%)/.test(this.line())) leave();
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
      this.indent = indentOf(line);
      if (this.indent !== line.length && line.charCodeAt(this.indent) !== 35 /* # */) return true;
    }
    return false;
  }

  /** The mapping or list whose first line (the current one) starts at `indent`. */
  private block(indent: number): YamlValue {
    return isSequenceItem(this.line(), indent) ? this.sequence(indent) : this.mapping(indent);
  }

  /** One more list or mapping inside the current one. */
  private enter(): void {
    if (++this.depth > MAX_YAML_DEPTH) leave();
  }

  /** A mapping whose keys start at column `indent`; its first key may follow a "- " on the current line. */
  private mapping(indent: number): YamlMapping {
    this.enter();
    const map = new YamlMapping([], [], null, null);
    for (let first = true; first || this.continuesAt(indent); first = false) {
      const { key, rest } = readKeyLine(this.line(), indent, this.separators) ?? leave();
      // Course mappings have a few keys each, so a scan finds a repeated one.
      if (map.keys.includes(key) || isNonTextKey(key)) leave();
      this.at++;
      map.keys.push(key);
      map.values.push(this.value(rest, indent, true));
    }
    this.depth--;
    return map;
  }

  /** A list whose "- " marks stand at column `indent`. */
  private sequence(indent: number): YamlList {
    this.enter();
    const seq = new YamlList([], null);
    for (let first = true; first || this.continuesAt(indent); first = false) {
      const line = this.line();
      if (!isSequenceItem(line, indent)) break;
      const column = indentOf(line, indent + 1);
      const rest = line.slice(column);
      if (isSequenceItem(line, column)) leave();
      if (readKeyLine(line, column, this.separators)) {
        seq.items.push(this.mapping(column));
      } else {
        this.at++;
        seq.items.push(this.value(rest, indent, false));
      }
    }
    this.depth--;
    return seq;
  }

  /**
   * Whether the block at `indent` goes on with the next content line. A line indented deeper than the block is left
   * to `yaml`: it would continue a plain value over several lines, or be an error.
   */
  private continuesAt(indent: number): boolean {
    if (!this.skipToContent()) return false;
    if (this.indent > indent) leave();
    return this.indent === indent;
  }

  /**
   * The value written after a key or a "- " (`rest`, possibly empty), in a block at `indent`. A mapping's key may
   * take a list at its own indent (`sameIndentList`).
   */
  private value(rest: string, indent: number, sameIndentList: boolean): YamlValue {
    if (rest === '') return this.nestedBlock(indent, sameIndentList);
    // Decided by the first character, once per value.
    switch (rest.charCodeAt(0)) {
      case 35 /* # */:
        return this.nestedBlock(indent, sameIndentList);
      case 124 /* | */:
      case 62 /* > */: {
        const block = blockValue(rest, this.lines, this.at, indent);
        this.at = block.next;
        return block.text;
      }
      case 34 /* " */:
      case 39 /* ' */:
        return quotedValue(rest);
      case 91 /* [ */:
        if (this.depth >= MAX_YAML_DEPTH) leave();
        return flowListValue(rest);
      default:
        return plainValue(rest);
    }
  }

  /** The block under a key or "- " with nothing after it; an empty value when none follows. */
  private nestedBlock(indent: number, sameIndentList: boolean): YamlValue {
    if (this.skipToContent()) {
      const lineIndent = this.indent;
      if (lineIndent > indent) return this.block(lineIndent);
      if (sameIndentList && lineIndent === indent && isSequenceItem(this.line(), indent)) {
        return this.sequence(indent);
      }
    }
    return EMPTY_VALUE;
  }
}
