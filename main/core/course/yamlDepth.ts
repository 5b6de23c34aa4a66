import { CST, Lexer } from 'yaml';
import { MAX_YAML_DEPTH } from './contentLimits';

/*
 * Nesting depth, checked before `yaml` builds a tree. `yaml` composes nested collections recursively: a 4 MB flow
 * list nested a million levels deep blocked the app for 35 s and ended in a stack overflow. The lexer is a flat
 * state machine, so it can measure the nesting first, in one pass that stops where the limit is passed.
 *
 * A collection's depth counts the collections around it and itself, the top one being 1. Flow collections (`[`,
 * `{`) are counted exactly. Block collections are counted by the columns their items start at, as the indentation
 * defines them: a new, deeper column opens a collection, a shallower one closes those deeper than it. A list written
 * at its key's own column is not counted as a level of its own, so this never counts more than the tree has; the
 * tree's exact depth is checked again as it is converted (yamlSource.ts), at most twice this bound deep.
 */

type TokenKind = ReturnType<typeof CST.tokenType> | 'scalar-text';

/** Where a YAML text first nests deeper than the limit: its 1-based line and column, or null when it never does. */
export function findExcessiveNesting(text: string): { line: number; column: number } | null {
  const blockColumns: number[] = [];
  let flowDepth = 0;
  let line = 1;
  let column = 0; // 0-based column where the next token starts
  let keyColumn = -1; // where the last scalar on this line started, which a following ':' makes a key
  let kind: TokenKind = null;
  for (const token of new Lexer().lex(text)) {
    // The lexer marks a scalar's text with a token of its own; that text is never an indicator, whatever it holds.
    kind = kind === 'scalar' ? 'scalar-text' : CST.tokenType(token);
    const start = column;
    if (kind === 'flow-seq-start' || kind === 'flow-map-start') flowDepth++;
    else if (kind === 'flow-seq-end' || kind === 'flow-map-end') flowDepth = Math.max(0, flowDepth - 1);
    else if (flowDepth === 0 && (kind === 'seq-item-ind' || kind === 'explicit-key-ind')) {
      openBlockAt(blockColumns, start);
    } else if (flowDepth === 0 && kind === 'map-value-ind') {
      openBlockAt(blockColumns, keyColumn >= 0 ? keyColumn : start);
    }
    if (blockColumns.length + flowDepth > MAX_YAML_DEPTH) return { line, column: start + 1 };
    if (isScalarText(kind)) keyColumn = start;
    if (!isMarker(kind)) {
      const lastBreak = token.lastIndexOf('\n');
      if (lastBreak === -1) {
        column += token.length;
      } else {
        line += token.split('\n').length - 1;
        column = token.length - lastBreak - 1;
        keyColumn = -1;
      }
    }
  }
  return null;
}

/** A block item starting at `column`: it closes the deeper collections, and opens one when it is the deepest. */
function openBlockAt(columns: number[], column: number): void {
  while ((columns.at(-1) ?? -1) > column) columns.pop();
  if ((columns.at(-1) ?? -1) < column) columns.push(column);
}

/** The lexer's document, scalar and flow-error markers stand for no source text. */
function isMarker(kind: TokenKind): boolean {
  return kind === 'doc-mode' || kind === 'scalar' || kind === 'flow-error-end';
}

function isScalarText(kind: TokenKind): boolean {
  return (
    kind === 'scalar-text' ||
    kind === 'single-quoted-scalar' ||
    kind === 'double-quoted-scalar' ||
    kind === 'alias'
  );
}
