import type { StateCore, Token } from 'markdown-it';
import { VISUALLY_HIDDEN_CLASS } from './courseMarkdown';

/** Class names the renderer uses: the figure, and the button that opens its image full size. */
export const FIGURE_CLASSES = { figure: 'course-figure', open: 'figure-open' } as const;

/** Read by screen readers after the image's alt text, inside the button. */
export const OPEN_FULL_SIZE_NOTE = ' (open full size)';

/**
 * Core rule, after the image rule: an image that stands alone in its paragraph and has a title
 * (`![Alt](../assets/x.svg "Caption")`) becomes a figure with the title as its caption. The image sits in a button
 * that the reader answers by showing it full size, so a click and the keyboard both open it. Other images are left
 * as they are.
 */
export function figureRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = 0; index + 2 < tokens.length; index++) {
    const open = tokens[index] as Token;
    const inline = tokens[index + 1] as Token;
    const close = tokens[index + 2] as Token;
    if (open.type !== 'paragraph_open' || open.hidden || inline.type !== 'inline' || !inline.children)
      continue;
    const image = loneImage(inline.children);
    const caption = String(image?.attrGet('title') ?? '').trim();
    if (!image || !caption) continue;
    open.tag = 'figure';
    open.attrSet('class', FIGURE_CLASSES.figure);
    close.tag = 'figure';
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title');
    inline.children = [
      tag(state, 'button', 1, [
        ['type', 'button'],
        ['class', FIGURE_CLASSES.open],
      ]),
      image,
      tag(state, 'span', 1, [['class', VISUALLY_HIDDEN_CLASS]]),
      text(state, OPEN_FULL_SIZE_NOTE),
      tag(state, 'span', -1),
      tag(state, 'button', -1),
      tag(state, 'figcaption', 1),
      text(state, caption),
      tag(state, 'figcaption', -1),
    ];
  }
}

/** The one image of an inline block that holds nothing else but white space; else null. */
function loneImage(children: readonly Token[]): Token | null {
  let image: Token | null = null;
  for (const child of children) {
    if (child.type === 'image' && !image) image = child;
    else if (!(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak')
      return null;
  }
  return image;
}

function tag(state: StateCore, name: string, nesting: 1 | -1, attrs: [string, string][] = []): Token {
  const token = new state.Token(nesting === 1 ? `${name}_open` : `${name}_close`, name, nesting);
  if (attrs.length > 0) token.attrs = attrs;
  return token;
}

function text(state: StateCore, content: string): Token {
  return Object.assign(new state.Token('text', '', 0), { content });
}
