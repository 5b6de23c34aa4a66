import markdownIt from 'markdown-it';
import type { MarkdownIt, Token } from 'markdown-it';
import { inlineText } from './inlineText';

let shared: MarkdownIt | null = null;

/**
 * The markdown-it set-up for question text (stems, options, `why` and explanations): paragraphs and inline markup
 * only (emphasis, code, backslash escapes, entities, hard breaks), raw HTML shown as text. No links, images,
 * headings or lists: an item is read in a quiz, not browsed. A YAML block's single line breaks stay soft breaks, so
 * the text flows; a blank line starts a new paragraph. Unicode sub- and superscripts (SpO₂, m²) are plain text.
 */
function questionMarkdown(): MarkdownIt {
  shared ??= markdownIt('zero', { html: false, linkify: false, typographer: false }).enable([
    'emphasis',
    'backticks',
    'escape',
    'entity',
    'newline',
  ]);
  return shared;
}

/** Question text that may hold paragraphs (a stem, an explanation) as HTML. */
export function questionBlockHtml(markdown: string): string {
  return questionMarkdown().render(markdown);
}

/** One piece of question text (an option, a `why`) as inline HTML. */
export function questionInlineHtml(markdown: string): string {
  return questionMarkdown().renderInline(markdown.trim()).trim();
}

/**
 * The words of question text without markup, its paragraphs joined by a blank line: what a label is named by,
 * and what the item-writing rules read.
 */
export function questionPlainText(markdown: string): string {
  const paragraphs: string[] = [];
  for (const token of questionMarkdown().parse(markdown, {}) as Token[]) {
    if (token.type === 'inline') paragraphs.push(inlineText(token.children).replace(/\s+/g, ' ').trim());
  }
  return paragraphs.join('\n\n');
}

/** A run of question text, and whether it is inside emphasis (`*...*`, `**...**`). */
export interface TextRun {
  text: string;
  emphasized: boolean;
}

/** Question text as runs of plain words, marked where they are emphasised; paragraphs end with a '\n\n' run. */
export function questionTextRuns(markdown: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const token of questionMarkdown().parse(markdown, {}) as Token[]) {
    if (token.type !== 'inline') continue;
    if (runs.length > 0) runs.push({ text: '\n\n', emphasized: false });
    let depth = 0;
    for (const child of token.children ?? []) {
      if (child.type === 'em_open' || child.type === 'strong_open') depth++;
      else if (child.type === 'em_close' || child.type === 'strong_close') depth--;
      else if (child.type === 'softbreak' || child.type === 'hardbreak')
        runs.push({ text: ' ', emphasized: false });
      else if (child.content) runs.push({ text: child.content, emphasized: depth > 0 });
    }
  }
  return runs;
}
