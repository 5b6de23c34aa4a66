import type { Token } from 'markdown-it';

/** The visible text of inline tokens (text, code and image alt text), without markup. */
export function inlineText(tokens: readonly Token[] | null): string {
  if (!tokens) return '';
  // A loop, not map and join: the mapped arrays' element kinds varied, which threw away the optimised code of the
  // heading rule that calls this.
  let text = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'image') text += inlineText(token.children);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
  }
  return text;
}
