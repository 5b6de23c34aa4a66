import type { StateCore, Token } from 'markdown-it';

/** Class names a table cell gets for its column's alignment; the renderer's stylesheet aligns them. */
export const CELL_ALIGN_CLASSES = {
  left: 'cell-align-left',
  center: 'cell-align-center',
  right: 'cell-align-right',
} as const;

const ALIGN_STYLE = /^text-align:(left|center|right)$/;

/**
 * Core rule: markdown-it aligns table columns (`:---`, `:---:`, `---:`) with an inline `style` attribute, which the
 * app's CSP (no 'unsafe-inline' styles) would drop. The alignment becomes a class instead.
 */
export function tableAlignRule(state: StateCore): void {
  const tokens = state.tokens;
  // An index loop: this walks every token of every document (see inlineBlocks.ts).
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const align = ALIGN_STYLE.exec(String(token.attrGet('style') ?? ''))?.[1] as
      keyof typeof CELL_ALIGN_CLASSES | undefined;
    if (!align) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    token.attrJoin('class', CELL_ALIGN_CLASSES[align]);
  }
}
