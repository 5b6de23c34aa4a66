import { YamlList, YamlScalar } from './yamlValues';
import type { YamlValue } from './yamlValues';

/**
 * Thrown inside the quick YAML reader when a text leaves the subset it reads; the reader catches it and the text
 * goes to the `yaml` package instead. It never escapes the reader.
 */
export class LeftToYaml extends Error {}

/** Gives the text up to the `yaml` package. */
export function leave(): never {
  throw new LeftToYaml();
}

// The YAML 1.2 core schema's patterns for plain scalars, as the `yaml` package applies them.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const CORE_SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A plain scalar's value: its text resolved by the core schema; what is not text keeps the text as written. */
export function plainScalar(text: string): YamlValue {
  const value = resolvePlain(text);
  return typeof value === 'string' ? value : new YamlScalar(value, text);
}

function resolvePlain(text: string): string | number | boolean | null {
  if (text !== '' && !mayBeCoreValue(text.charCodeAt(0))) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (text.startsWith('0o') && CORE_INT.test(text)) return parseInt(text.slice(2), 8);
  if (text.startsWith('0x') && CORE_INT.test(text)) return parseInt(text.slice(2), 16);
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_FLOAT.test(text)) return parseFloat(text);
  if (CORE_SPECIAL_FLOAT.test(text)) {
    if (/nan$/i.test(text)) return Number.NaN;
    return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return text;
}

/** Every null, true/false and number of the core schema starts with one of ~ n N t T f F 0-9 + . - (or is empty). */
function mayBeCoreValue(first: number): boolean {
  switch (first) {
    case 126 /* ~ */:
    case 110 /* n */:
    case 78 /* N */:
    case 116 /* t */:
    case 84 /* T */:
    case 102 /* f */:
    case 70 /* F */:
    case 43 /* + */:
    case 46 /* . */:
    case 45 /* - */:
      return true;
    default:
      return first >= 48 && first <= 57; // 0-9
  }
}

// A plain scalar may not start with an indicator ("-", "?" and ":" are indicators only before a space). Inside,
// ": " would start a nested mapping and " #" a comment.
const PLAIN_FIRST_REFUSED = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;

/** A one-line plain value (the rest of its line, comment included); leaves when it is not one. */
export function plainValue(rest: string): YamlValue {
  const comment = rest.indexOf(' #');
  const text = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
  // Most values start with a letter, which is no indicator: the pattern is only tried on the others.
  if (!startsWithLetter(text) && PLAIN_FIRST_REFUSED.test(text)) leave();
  if (text.includes(': ') || text.endsWith(':')) leave();
  return plainScalar(text);
}

function startsWithLetter(text: string): boolean {
  const first = text.charCodeAt(0) | 32; // lowercases an ASCII letter
  return first >= 97 && first <= 122;
}

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A quoted text that starts at `start` and closes on the same line: its value and the index after it. */
interface QuotedText {
  value: string;
  end: number;
}

/** Scans a double-quoted text; leaves when it does not close on this line or has an escape `yaml` would refuse. */
function scanDoubleQuoted(line: string, start: number): QuotedText {
  let value = '';
  let from = start + 1;
  // Jumps from escape to escape: the text between is copied as it is.
  let quote = line.indexOf('"', from);
  for (;;) {
    if (quote !== -1 && quote < from) quote = line.indexOf('"', from); // that quote was escaped
    const at = line.indexOf('\\', from);
    if (at === -1 || (quote !== -1 && quote < at)) {
      return quote === -1 ? leave() : { value: value + line.slice(from, quote), end: quote + 1 };
    }
    value += line.slice(from, at);
    const escape = line[at + 1] ?? '';
    const digits = HEX_DIGITS[escape];
    if (digits !== undefined) {
      const hex = line.slice(at + 2, at + 2 + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) leave();
      value += String.fromCodePoint(parseInt(hex, 16));
      from = at + 2 + digits;
    } else {
      value += DOUBLE_QUOTE_ESCAPES[escape] ?? leave();
      from = at + 2;
    }
  }
}

/** Scans a single-quoted text ('' stands for one quote); leaves when it does not close on this line. */
function scanSingleQuoted(line: string, start: number): QuotedText {
  for (let at = start + 1; at < line.length; at++) {
    if (line[at] !== "'") continue;
    if (line[at + 1] === "'") {
      at++;
      continue;
    }
    return { value: line.slice(start + 1, at).replaceAll("''", "'"), end: at + 1 };
  }
  return leave();
}

function scanQuoted(line: string, start: number): QuotedText {
  return line[start] === '"' ? scanDoubleQuoted(line, start) : scanSingleQuoted(line, start);
}

/** After a value only spaces, or spaces and a comment, may follow on its line. */
function expectLineEnd(after: string): void {
  if (!/^(?: +#.*| *)$/.test(after)) leave();
}

// Most quoted values: double quotes without escapes, then at most spaces or a comment. One native match reads them.
const PLAIN_DOUBLE_QUOTED = /^"([^"\\]*)"(?: +#.*| *)$/;

/** A double- or single-quoted value (`rest` starts with its quote) closed on its own line. */
export function quotedValue(rest: string): string {
  const plain = PLAIN_DOUBLE_QUOTED.exec(rest);
  if (plain) return plain[1] as string;
  const quoted = scanQuoted(rest, 0);
  expectLineEnd(rest.slice(quoted.end));
  return quoted.value;
}

// In a flow list a plain item also ends at "," or "]"; the subset leaves items with any other flow indicator.
const FLOW_PLAIN_REFUSED = /[[\]{}#:]/;

/** A one-line flow list of plain and quoted items, like `[a, c]`; leaves for nesting or a trailing comma. */
export function flowListValue(rest: string): YamlList {
  const seq = new YamlList([], null);
  let at = skipSpaces(rest, 1);
  if (rest[at] === ']') return endFlowList(seq, rest, at);
  for (;;) {
    if (rest[at] === '"' || rest[at] === "'") {
      const quoted = scanQuoted(rest, at);
      seq.items.push(quoted.value);
      at = quoted.end;
    } else {
      const end = rest.slice(at).search(/[,\]]/);
      const text = end === -1 ? leave() : rest.slice(at, at + end).trimEnd();
      if (text === '' || FLOW_PLAIN_REFUSED.test(text) || PLAIN_FIRST_REFUSED.test(text)) leave();
      seq.items.push(plainScalar(text));
      at += end;
    }
    at = skipSpaces(rest, at);
    if (rest[at] === ']') return endFlowList(seq, rest, at);
    if (rest[at] !== ',') leave();
    at = skipSpaces(rest, at + 1);
    if (rest[at] === ']') leave();
  }
}

function endFlowList(seq: YamlList, rest: string, close: number): YamlList {
  expectLineEnd(rest.slice(close + 1));
  return seq;
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

const BLOCK_HEADER = /^([|>])(-?)(?: +#.*| *)$/;
const NOT_WHITESPACE = /\S/;

/**
 * A literal (`|`) or folded (`>`) block scalar with clip or strip chomping, whose lines start at `lines[first]`.
 * Returns its text and the index of the first line after it. Leaves for explicit indentation, keep chomping,
 * leading blank lines, whitespace-only content and, when folded, more-indented lines.
 */
export function blockValue(
  header: string,
  lines: readonly string[],
  first: number,
  parentIndent: number,
): { text: string; next: number } {
  const match = BLOCK_HEADER.exec(header) ?? leave();
  // A line's indent is where its first non-whitespace character stands (as trimStart() finds it), -1 when blank.
  const indent = (lines[first] ?? '').search(NOT_WHITESPACE);
  if (indent === -1 || indent <= parentIndent) leave();
  const content: string[] = [];
  let next = first;
  for (; next < lines.length; next++) {
    const line = lines[next] ?? '';
    const lineIndent = line.search(NOT_WHITESPACE);
    if (lineIndent === -1 && line.length > indent) leave();
    if (lineIndent === -1) content.push('');
    else if (lineIndent >= indent) content.push(line.slice(indent));
    else break;
  }
  while (content.length > 0 && content[content.length - 1] === '') content.pop();
  const body = match[1] === '|' ? content.join('\n') : fold(content);
  return { text: match[2] === '-' ? body : `${body}\n`, next };
}

/** Folding: lines join with a space, and each blank line between them stands for one line break. */
function fold(content: readonly string[]): string {
  let out = '';
  let blanks = 0;
  for (const line of content) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (line.startsWith(' ')) leave();
    if (out !== '') out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
  }
  return out;
}
