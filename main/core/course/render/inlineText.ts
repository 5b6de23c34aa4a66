import type { Token } from 'markdown-it';

/** The visible text of inline tokens (text, code and image alt text), without markup. */
export function inlineText(tokens: readonly Token[] | null): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content;
      if (token.type === 'image') return inlineText(token.children);
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      return '';
    })
    .join('');
}
