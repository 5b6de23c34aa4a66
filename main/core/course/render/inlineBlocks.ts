import type { StateCore, Token } from 'markdown-it';
import { renderEnvOf } from './renderContext';
import type { RenderEnv } from './renderContext';
import { SourceColumns } from './sourceColumn';

/** What a rule gets for each inline block: its tokens, the env, and where a target was written in the file. */
export interface InlineBlock {
  /** The inline block token itself. */
  token: Token;
  children: Token[];
  env: RenderEnv | null;
  placeOf(target: string): { line: number; column: number };
  textToken(content: string): Token;
}

/** Which inline tokens a rule rewrites, and text that the source of such a token must contain. */
export interface InlineTarget {
  tokenType: string;
  /** Whether an inline block's source could hold such a token: a quick test that spares looking at its tokens. */
  mayHold(content: string): boolean;
}

/**
 * Runs `rewrite` on the children of every inline block that holds a token of the target's type and keeps what it
 * returns. Places are file lines (the env's firstLine added) and 1-based columns.
 */
export function rewriteInlineBlocks(
  state: StateCore,
  target: InlineTarget,
  rewrite: (block: InlineBlock) => Token[],
): void {
  const env = renderEnvOf(state.env);
  // Most documents have few links and images: the source is split into lines only when one needs a place.
  let columns: SourceColumns | null = null;
  const firstLine = env?.context.firstLine ?? 1;
  const exactPlaces = env?.context.exactPlaces ?? true;
  // Index loops here and below: these walk every token of every document, and the first loads of a course run in
  // V8's interpreter, where an array iterator costs a call per token. Measured (issue 19): see renderContext.ts.
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const block = tokens[index] as Token;
    const children = block.children;
    if (block.type !== 'inline' || !children || !target.mayHold(block.content)) continue;
    if (!hasChildOfType(children, target.tokenType)) continue;
    const [start, end] = block.map ?? [0, 1];
    block.children = rewrite({
      token: block,
      children,
      env,
      placeOf: (target) => {
        if (!exactPlaces) return { line: start + firstLine, column: 1 };
        columns ??= new SourceColumns(state.src);
        const found = columns.locate(target, start, end);
        return { line: found.line + firstLine, column: found.column };
      },
      textToken: (content) => Object.assign(new state.Token('text', '', 0), { content }),
    });
  }
}

// A plain loop: every inline block of every document is checked, and most hold no link or image.
function hasChildOfType(children: readonly Token[], tokenType: string): boolean {
  for (let index = 0; index < children.length; index++) if (children[index]?.type === tokenType) return true;
  return false;
}
